package fr.portailfamille.billing;

import java.util.List;

/**
 * CSV for the town's accounting (French spreadsheet conventions: ';' separator, decimal comma, UTF-8 with BOM).
 * Text cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(,\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** Cents as a decimal with a comma, integer arithmetic only: -1234 → "-12,34". */
    static String amount(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + abs / 100 + "," + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
