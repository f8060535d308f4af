package fr.portailfamille.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a form field is read, stored in a request (a canonical string) and shown back. Parsing throws
 * {@link FieldProblem} with the message key shown next to the field; the message never holds the value.
 */
public enum FieldType {

    TEXT, LONG_TEXT, EMAIL, PHONE, POSTAL_CODE, DATE, PAST_DATE, YES_NO, CHOICE, MONEY, PARTS, INTEGER, YEAR,
    IBAN, BIC;

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE_PATTERN = Pattern.compile("^\\+?[0-9 .()-]{8,20}$");
    private static final Pattern POSTAL = Pattern.compile("^[0-9]{5}$");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,9}$");

    /** Canonical value of what the user typed ("" when empty); {@code today} bounds past dates. */
    String parse(String raw, Field field, LocalDate today) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return "";
        }
        if (hasControlCharacters(s, this == LONG_TEXT)) {
            throw new FieldProblem("form.error.control-characters");
        }
        if (field.maxLength() > 0 && s.length() > field.maxLength() && this != IBAN) {
            throw new FieldProblem("form.error.too-long", field.maxLength());
        }
        return switch (this) {
            case TEXT, LONG_TEXT -> s;
            case EMAIL -> {
                if (!EMAIL_PATTERN.matcher(s).matches()) {
                    throw new FieldProblem("form.error.email");
                }
                yield s;
            }
            case PHONE -> {
                if (!PHONE_PATTERN.matcher(s).matches() || s.chars().filter(Character::isDigit).count() < 8) {
                    throw new FieldProblem("form.error.phone");
                }
                yield s;
            }
            case POSTAL_CODE -> {
                if (!POSTAL.matcher(s).matches()) {
                    throw new FieldProblem("form.error.postal-code");
                }
                yield s;
            }
            case DATE, PAST_DATE -> date(s, today).toString();
            case YES_NO -> {
                if (!s.equals("true") && !s.equals("false")) {
                    throw new FieldProblem("form.error.choice");
                }
                yield s;
            }
            case CHOICE -> {
                if (!field.options().contains(s)) {
                    throw new FieldProblem("form.error.choice");
                }
                yield s;
            }
            case MONEY -> Long.toString(decimal(s, 100, 100_000_000_00L));
            case PARTS -> {
                long hundredths = decimal(s, 100, 20_00L);
                if (hundredths < 1_00 || hundredths % 25 != 0) {
                    throw new FieldProblem("form.error.parts");
                }
                yield Long.toString(hundredths);
            }
            case INTEGER -> {
                if (!DIGITS.matcher(s).matches() || Long.parseLong(s) > 100_000) {
                    throw new FieldProblem("form.error.integer");
                }
                yield Long.toString(Long.parseLong(s));
            }
            case YEAR -> {
                if (!DIGITS.matcher(s).matches() || Integer.parseInt(s) < today.getYear() - 5
                        || Integer.parseInt(s) > today.getYear() + 1) {
                    throw new FieldProblem("form.error.year");
                }
                yield s;
            }
            case IBAN -> {
                try {
                    yield Iban.parse(s).value();
                } catch (InvalidBankDetailsException e) {
                    throw new FieldProblem("form.error.iban." + e.reason().name());
                }
            }
            case BIC -> {
                try {
                    yield Bic.parse(s).value();
                } catch (InvalidBankDetailsException e) {
                    throw new FieldProblem("form.error.bic");
                }
            }
        };
    }

    /**
     * Invisible characters that have no place in a form: control characters (NUL, escape…) and format characters
     * (bidirectional overrides, zero-width spaces) that disguise what a value says. A long text keeps its line
     * breaks and tabs.
     */
    static boolean hasControlCharacters(String s, boolean multiLine) {
        return s.codePoints().anyMatch(c -> {
            if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE;
        });
    }

    /** What the form shows for a canonical value. */
    String toInput(String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return "";
        }
        return switch (this) {
            case MONEY, PARTS -> decimalText(Long.parseLong(canonical));
            case IBAN -> Iban.parse(canonical).formatted();
            default -> canonical;
        };
    }

    /** What pages show for a canonical value (IBAN masked); codes are shown by their label elsewhere. */
    String display(String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return "";
        }
        return switch (this) {
            case DATE, PAST_DATE -> FRENCH_DAY.format(LocalDate.parse(canonical));
            case MONEY -> fr.portailfamille.shared.Money.ofCents(Long.parseLong(canonical)).format();
            case PARTS -> decimalText(Long.parseLong(canonical));
            case IBAN -> Iban.parse(canonical).masked();
            default -> canonical;
        };
    }

    private LocalDate date(String s, LocalDate today) {
        LocalDate d;
        try {
            d = s.contains("/") ? LocalDate.parse(s, FRENCH_DAY) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new FieldProblem("form.error.date");
        }
        if (!fr.portailfamille.shared.PlausibleDate.accepts(d, today)) {
            throw new FieldProblem(fr.portailfamille.shared.PlausibleDate.MESSAGE_KEY);
        }
        if (this == PAST_DATE && d.isAfter(today)) {
            throw new FieldProblem("form.error.date-future");
        }
        return d;
    }

    /** "2,5", "38 500,00", "38500.5" → hundredths. */
    private static long decimal(String s, int scale, long max) {
        String t = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace("€", "").replace(',', '.');
        try {
            var value = new java.math.BigDecimal(t);
            if (value.signum() < 0 || value.scale() > 2) {
                throw new FieldProblem("form.error.number");
            }
            long hundredths = value.movePointRight(2).longValueExact();
            if (hundredths > max) {
                throw new FieldProblem("form.error.number");
            }
            return hundredths;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FieldProblem("form.error.number");
        }
    }

    private static String decimalText(long hundredths) {
        long units = hundredths / 100;
        long rest = hundredths % 100;
        if (rest == 0) {
            return Long.toString(units);
        }
        return units + "," + (rest % 10 == 0 ? Long.toString(rest / 10) : String.format(Locale.ROOT, "%02d", rest));
    }
}
