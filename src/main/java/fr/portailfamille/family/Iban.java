package fr.portailfamille.family;

import static fr.portailfamille.family.BankDetailsText.isAsciiDigit;
import static fr.portailfamille.family.BankDetailsText.isAsciiUpperAlphanumeric;
import static fr.portailfamille.family.BankDetailsText.isAsciiUpperLetter;

import fr.portailfamille.family.InvalidBankDetailsException.Reason;
import java.util.OptionalInt;

/**
 * A validated International Bank Account Number (ISO 13616).
 *
 * <p>Immutable value: two instances are equal when their compact forms are equal.
 *
 * <p><strong>Never log an IBAN.</strong> {@link #toString()} returns the {@linkplain #masked()
 * masked} form so that an accidental {@code log.info("{}", iban)} or string concatenation does not
 * leak the account number. Use {@link #value()} only where the full number is really required
 * (SEPA XML export, encrypted storage).
 */
public final class Iban {

    /** Character used by {@link #masked()} to hide characters. ASCII on purpose (logs, CSV, PDF fonts). */
    static final char MASK_CHAR = '*';

    private static final int VISIBLE_TRAILING_CHARS = 4;
    private static final int GROUP_SIZE = 4;

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /**
     * Parses and validates an IBAN as typed by a user.
     *
     * <p>Normalisation: all whitespace (including no-break spaces) is removed and letters are
     * upper-cased, so {@code "fr76 3000 6000 0112 3456 7890 189"} is accepted. Checks, in order:
     * <ol>
     *   <li>{@link Reason#EMPTY}: {@code null} or nothing but whitespace;</li>
     *   <li>{@link Reason#BAD_CHARACTERS}: anything but ASCII letters and digits;</li>
     *   <li>{@link Reason#UNKNOWN_COUNTRY}: first two characters are not the country code of a
     *       SWIFT IBAN registry country (a single character is reported as {@link Reason#BAD_LENGTH});</li>
     *   <li>{@link Reason#BAD_LENGTH}: length differs from the registered length for the country;</li>
     *   <li>{@link Reason#BAD_CHECKSUM}: check digits are not two digits in 02..98, or the ISO 7064
     *       MOD 97-10 checksum fails.</li>
     * </ol>
     * The national BBAN structure (e.g. French RIB key) is not checked.
     *
     * @throws InvalidBankDetailsException if the value is not a valid IBAN; its message never
     *                                     contains the submitted value
     */
    public static Iban parse(String raw) {
        String compact = BankDetailsText.compact(raw);
        if (compact.isEmpty()) {
            throw new InvalidBankDetailsException(Reason.EMPTY, "IBAN is empty");
        }
        for (int i = 0; i < compact.length(); i++) {
            if (!isAsciiUpperAlphanumeric(compact.charAt(i))) {
                throw new InvalidBankDetailsException(Reason.BAD_CHARACTERS,
                        "IBAN contains a character other than letters and digits at position " + (i + 1));
            }
        }
        if (compact.length() < 2) {
            throw new InvalidBankDetailsException(Reason.BAD_LENGTH, "IBAN is too short");
        }
        String country = compact.substring(0, 2);
        OptionalInt expectedLength = isAsciiUpperLetter(country.charAt(0)) && isAsciiUpperLetter(country.charAt(1))
                ? IbanRegistry.lengthOf(country)
                : OptionalInt.empty();
        if (expectedLength.isEmpty()) {
            throw new InvalidBankDetailsException(Reason.UNKNOWN_COUNTRY,
                    "IBAN does not start with a known IBAN country code");
        }
        if (compact.length() != expectedLength.getAsInt()) {
            throw new InvalidBankDetailsException(Reason.BAD_LENGTH, "IBAN for country " + country + " must have "
                    + expectedLength.getAsInt() + " characters, got " + compact.length());
        }
        if (!hasWellFormedCheckDigits(compact)) {
            throw new InvalidBankDetailsException(Reason.BAD_CHECKSUM, "IBAN check digits are malformed");
        }
        if (mod97(compact) != 1) {
            throw new InvalidBankDetailsException(Reason.BAD_CHECKSUM, "IBAN checksum is wrong");
        }
        return new Iban(compact);
    }

    /**
     * Check digits must be two digits between 02 and 98 (ISO 13616). 00, 01 and 99 are rejected even
     * though 00/97, 01/98 and 02/99 are congruent modulo 97 and could otherwise pass the checksum.
     */
    private static boolean hasWellFormedCheckDigits(String compact) {
        char tens = compact.charAt(2);
        char units = compact.charAt(3);
        if (!isAsciiDigit(tens) || !isAsciiDigit(units)) {
            return false;
        }
        int checkDigits = (tens - '0') * 10 + (units - '0');
        return checkDigits >= 2 && checkDigits <= 98;
    }

    /**
     * ISO 7064 MOD 97-10 remainder of the IBAN: the first four characters are moved to the end and
     * letters are replaced by two digits (A=10 … Z=35). Computed piecewise on the string, keeping
     * the running remainder below 97, so no big integer is needed.
     */
    static int mod97(String compact) {
        int remainder = 0;
        int length = compact.length();
        for (int i = 0; i < length; i++) {
            char c = compact.charAt((i + 4) % length);
            if (isAsciiDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }

    /** Compact form: upper case, no spaces, e.g. {@code FR7630006000011234567890189}. For storage and SEPA XML. */
    public String value() {
        return value;
    }

    /** ISO 3166 country code, the first two letters, e.g. {@code FR}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** Paper/display format: groups of four separated by a space, e.g. {@code FR76 3000 6000 0112 3456 7890 189}. */
    public String formatted() {
        return group(value);
    }

    /**
     * Masked form, safe for display and logs: same grouping as {@link #formatted()}, with every
     * character except the last four replaced by {@code *}, e.g. for
     * {@code FR76 3000 6000 0112 3456 7890 189}: {@code **** **** **** **** **** ***0 189}.
     * The country code is masked too; use {@link #countryCode()} if it must be shown.
     */
    public String masked() {
        int visibleFrom = value.length() - VISIBLE_TRAILING_CHARS;
        StringBuilder hidden = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            hidden.append(i < visibleFrom ? MASK_CHAR : value.charAt(i));
        }
        return group(hidden);
    }

    private static String group(CharSequence chars) {
        StringBuilder sb = new StringBuilder(chars.length() + chars.length() / GROUP_SIZE);
        for (int i = 0; i < chars.length(); i++) {
            if (i > 0 && i % GROUP_SIZE == 0) {
                sb.append(' ');
            }
            sb.append(chars.charAt(i));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Iban other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns {@link #masked()}: the full IBAN must never end up in logs. */
    @Override
    public String toString() {
        return masked();
    }
}
