package fr.portailfamille.family;

import static fr.portailfamille.family.BankDetailsText.isAsciiUpperAlphanumeric;
import static fr.portailfamille.family.BankDetailsText.isAsciiUpperLetter;

import fr.portailfamille.family.InvalidBankDetailsException.Reason;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A validated Business Identifier Code (ISO 9362, "code BIC / SWIFT").
 *
 * <p>Format: 4 letters (bank code), 2 letters (ISO 3166-1 alpha-2 country code), 2 letters or
 * digits (location code), optionally 3 letters or digits (branch code). The value is kept as
 * entered (8 or 11 characters): {@code BNPAFRPP} and {@code BNPAFRPPXXX} are not considered equal.
 */
public final class Bic {

    /** ISO 3166-1 alpha-2 codes known to the JDK, plus XK (Kosovo, user-assigned but used by SWIFT). */
    private static final Set<String> COUNTRY_CODES = Stream
            .concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    private final String value;

    private Bic(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a BIC. Whitespace is removed and letters are upper-cased.
     *
     * @throws InvalidBankDetailsException with reason {@link Reason#EMPTY} for {@code null}/blank
     *                                     input, {@link Reason#BAD_BIC_FORMAT} otherwise
     */
    public static Bic parse(String raw) {
        String compact = BankDetailsText.compact(raw);
        if (compact.isEmpty()) {
            throw new InvalidBankDetailsException(Reason.EMPTY, "BIC is empty");
        }
        if (compact.length() != 8 && compact.length() != 11) {
            throw badFormat("BIC must have 8 or 11 characters, got " + compact.length());
        }
        for (int i = 0; i < 6; i++) {
            if (!isAsciiUpperLetter(compact.charAt(i))) {
                throw badFormat("BIC bank and country codes (first 6 characters) must be letters");
            }
        }
        for (int i = 6; i < compact.length(); i++) {
            if (!isAsciiUpperAlphanumeric(compact.charAt(i))) {
                throw badFormat("BIC location and branch codes must be letters or digits");
            }
        }
        if (!COUNTRY_CODES.contains(compact.substring(4, 6))) {
            throw badFormat("BIC country code is not an ISO 3166 country");
        }
        return new Bic(compact);
    }

    private static InvalidBankDetailsException badFormat(String message) {
        return new InvalidBankDetailsException(Reason.BAD_BIC_FORMAT, message);
    }

    /** The BIC, 8 or 11 upper-case characters without spaces, e.g. {@code BNPAFRPP}. */
    public String value() {
        return value;
    }

    /** ISO 3166 country code (characters 5 and 6), e.g. {@code FR}. */
    public String countryCode() {
        return value.substring(4, 6);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Bic other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
