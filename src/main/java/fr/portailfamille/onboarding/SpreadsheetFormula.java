package fr.portailfamille.onboarding;

import java.util.regex.Pattern;

/**
 * A cell a spreadsheet would run as a formula (CSV injection: {@code =cmd|' /C calc'!A0}, {@code @SUM(…)}): it
 * starts with {@code =}, {@code @}, a tab or a carriage return, or with {@code +} / {@code -} followed by anything
 * but a number (a phone number such as {@code +33 6 12 34 56 78} is fine). Such a value is refused, never stored:
 * it would come back in the portal's own CSV exports.
 */
final class SpreadsheetFormula {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("^[+-][0-9 .()]+$");

    private SpreadsheetFormula() {
    }

    static boolean looksLikeOne(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !SIGNED_NUMBER.matcher(cell).matches();
            default -> false;
        };
    }
}
