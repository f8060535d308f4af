package fr.portailfamille.billing;

/** Formatting of euro amounts held as integer cents. */
final class SepaAmount {

    private SepaAmount() {
    }

    /**
     * Formats cents as a decimal with two fraction digits, using integer arithmetic only:
     * {@code 1 -> "0.01"}, {@code 12345 -> "123.45"}.
     *
     * @throws IllegalArgumentException if {@code cents} is negative
     */
    static String format(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("Negative amount: " + cents);
        }
        long units = cents / 100;
        long fraction = cents % 100;
        return units + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
