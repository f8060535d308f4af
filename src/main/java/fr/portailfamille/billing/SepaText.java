package fr.portailfamille.billing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Restriction of free text and identifiers to the SEPA Latin character set
 * ({@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and space), which banks require.
 */
final class SepaText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9/\\-?:().,'+]{1,35}");

    private SepaText() {
    }

    /**
     * Transliterates accented letters ({@code é -> e}, {@code œ -> oe}, {@code ß -> ss}...), turns typographic
     * apostrophes and dashes into their ASCII form, replaces any other character outside the SEPA set by a
     * space, collapses runs of spaces, trims, then truncates to {@code maxLength} characters.
     *
     * @return the sanitised text, possibly empty
     */
    static String sanitize(String text, int maxLength) {
        StringBuilder out = new StringBuilder(text.length());
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isSepaChar(c)) {
                out.append(c);
            } else {
                out.append(transliterate(c));
            }
        }
        String result = SPACES.matcher(out.toString().strip()).replaceAll(" ");
        if (result.length() > maxLength) {
            result = result.substring(0, maxLength).stripTrailing();
        }
        return result;
    }

    /**
     * Sanitises a mandatory text field (name, remittance information).
     *
     * @throws IllegalArgumentException if nothing is left after sanitising
     */
    static String requireText(String text, int maxLength, String field) {
        String result = sanitize(text, maxLength);
        if (result.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty once restricted to the SEPA character set: '"
                    + text + "'");
        }
        return result;
    }

    /**
     * Checks an identifier (message id, end-to-end id, mandate reference, creditor id): 1 to 35 characters of the
     * SEPA set without space, not starting or ending with '/' and without "//" (EPC rules). Identifiers are never
     * altered silently, since the bank matches them exactly (e.g. the RUM of a signed mandate).
     *
     * @throws IllegalArgumentException if the identifier is not acceptable
     */
    static String requireIdentifier(String id, String field) {
        if (!IDENTIFIER.matcher(id).matches() || id.startsWith("/") || id.endsWith("/") || id.contains("//")) {
            throw new IllegalArgumentException(field + " is not a valid SEPA identifier "
                    + "(1-35 characters among A-Z a-z 0-9 / - ? : ( ) . , ' +): '" + id + "'");
        }
        return id;
    }

    static boolean isSepaChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "/-?:().,'+ ".indexOf(c) >= 0;
    }

    /** Letters that have no canonical decomposition, and common typographic signs. */
    private static String transliterate(char c) {
        return switch (c) {
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case 'ı' -> "i";
            case '\u2018', '\u2019', '\u02BC', '`', '\u00B4' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
            default -> " ";
        };
    }
}
