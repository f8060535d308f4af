package fr.portailfamille.treasury;

/**
 * The check keys of a title's debt reference (Cle1, modulo 11, and Cle2, modulo 23), with which the Trésor public
 * checks the reference a debtor gives when paying (the same keys Noethys computes for its PESORMC files).
 * The reference is the town's code, the bordereau, the year (2 digits), the month and the debt number on 13
 * digits.
 */
final class PesCheckKeys {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY";

    private PesCheckKeys() {
    }

    /** Modulo 11: digits read from the right, weighted 2 to 7 in turn; 11 − remainder, 10 and 11 giving 1. */
    static int cle1(String codCol, int bordereau, int year, int month, String debtNumber) {
        String digits = codCol + bordereau + twoDigits(year) + month + thirteen(debtNumber);
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(digits.length() - 1 - i);
            int d = Character.isDigit(c) ? c - '0' : 0;
            total += d * (2 + i % 6);
        }
        int key = 11 - total % 11;
        return key > 9 ? 1 : key;
    }

    /** Modulo 23: year (2 digits), month, "00" and the debt number on 13 digits, remainder + 1 as a letter. */
    static char cle2(int year, int month, String debtNumber) {
        var number = new java.math.BigInteger(twoDigits(year) + month + "00" + thirteen(debtNumber));
        return LETTERS.charAt(number.mod(java.math.BigInteger.valueOf(23)).intValue());
    }

    private static String twoDigits(int year) {
        return String.format("%02d", year % 100);
    }

    private static String thirteen(String debtNumber) {
        String d = PesText.digits(debtNumber, 13);
        return "0".repeat(13 - d.length()) + d;
    }
}
