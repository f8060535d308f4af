package fr.portailfamille.family;

import java.util.Locale;

/** Normalisation shared by {@link Iban} and {@link Bic}. */
final class BankDetailsText {

    private BankDetailsText() {
    }

    /**
     * Removes every whitespace character (including the no-break spaces U+00A0, U+2007 and U+202F
     * that appear when copying from French-formatted documents) and upper-cases the rest.
     * Returns an empty string for {@code null}.
     */
    static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    static boolean isAsciiUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiUpperAlphanumeric(char c) {
        return isAsciiUpperLetter(c) || isAsciiDigit(c);
    }
}
