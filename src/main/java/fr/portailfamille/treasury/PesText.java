package fr.portailfamille.treasury;

import java.text.Normalizer;

/**
 * Text as Hélios accepts it: upper case, no accents, only the characters of the SEPA set (letters, digits and
 * {@code / ? : ( ) . , ' + -} and space), no control characters, cut to the field's length.
 */
final class PesText {

    private PesText() {
    }

    static String of(String text, int max) {
        return of(text, max, "-");
    }

    /** The cleaned text, or {@code fallback} when nothing is left (Hélios refuses an empty value). */
    static String of(String text, int max, String fallback) {
        if (text == null) {
            return fallback;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae").replace("ß", "ss")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-").replace('’', '\'')
                .toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^0-9A-Z/?:().,'+\\- ]", " ")
                .replaceAll(" +", " ").strip();
        if (plain.length() > max) {
            plain = plain.substring(0, max).strip();
        }
        return plain.isEmpty() || plain.equals(".") ? fallback : plain;
    }

    /** Only the digits, at most {@code max}; empty when there are none. */
    static String digits(String text, int max) {
        String d = text == null ? "" : text.replaceAll("[^0-9]", "");
        return d.length() > max ? d.substring(0, max) : d;
    }
}
