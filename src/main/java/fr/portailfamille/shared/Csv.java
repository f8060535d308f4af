package fr.portailfamille.shared;

import java.util.List;

/**
 * CSV as French spreadsheets read it (';' separator, UTF-8 with BOM); text a spreadsheet would run as a formula is
 * prefixed with an apostrophe. Billing's accounting exports and the back-office charts write through it.
 */
public final class Csv {

    private final StringBuilder out;

    public Csv() {
        out = new StringBuilder("\uFEFF");
    }

    private Csv(boolean bom) {
        out = new StringBuilder(bom ? "\uFEFF" : "");
    }

    /** Rows that follow others already written (a file written in parts, e.g. by a background job): no BOM. */
    public static Csv continuation() {
        return new Csv(false);
    }

    public Csv row(List<String> cells) {
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

    @Override
    public String toString() {
        return out.toString();
    }
}
