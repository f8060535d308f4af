package fr.portailfamille.shared;

/**
 * The rule for text arriving from a browser: control characters (NUL, escape, the C1 range…) are removed; tab and
 * line breaks are kept, since multi-line fields (messages, comments) need them and a single-line input cannot
 * send them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isAllowed(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || Character.getType(codePoint) != Character.CONTROL;
    }

    /** The text without its control characters (the same instance when it has none). */
    public static String strip(String text) {
        if (text == null || text.codePoints().allMatch(ControlCharacters::isAllowed)) {
            return text;
        }
        var clean = new StringBuilder(text.length());
        text.codePoints().filter(ControlCharacters::isAllowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
