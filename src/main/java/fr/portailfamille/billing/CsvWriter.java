package fr.portailfamille.billing;

import java.util.List;

import fr.portailfamille.shared.Csv;

/**
 * CSV for the town's accounting (French spreadsheet conventions: ';' separator, decimal comma, UTF-8 with BOM).
 * Text cells that a spreadsheet would read as a formula are prefixed with an apostrophe (see {@link Csv}).
 */
final class CsvWriter {

    private final Csv out = new Csv();

    CsvWriter row(List<String> cells) {
        out.row(cells);
        return this;
    }

    static String cell(String value) {
        return Csv.cell(value);
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
