package fr.portailfamille.shared;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads an amount typed in euros ("12", "12,5", "12,50", "1 234,56", "12.50") as integer cents; no float. */
public final class MoneyInput {

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,2}))?");

    private MoneyInput() {
    }

    public static OptionalLong parseCents(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("€", "");
        var m = AMOUNT.matcher(compact);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long euros = Long.parseLong(m.group(1));
        String fraction = m.group(2) == null ? "0" : m.group(2);
        long cents = fraction.length() == 1 ? Long.parseLong(fraction) * 10 : Long.parseLong(fraction);
        return OptionalLong.of(euros * 100 + cents);
    }

    /** Cents as typed in a form field: "12,50". */
    public static String format(long cents) {
        return cents / 100 + "," + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }
}
