package fr.portailfamille.reporting;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A column of the « état nominatif », chosen by the agent ({@code col=} parameters); labels under caf.col.*. */
enum CafColumn {
    NAISSANCE(l -> l.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/uuuu"))),
    QF(CafTally.ChildLine::qfBand),
    REGIME(CafTally.ChildLine::regime),
    ACTES(l -> Integer.toString(l.acts())),
    SCOLAIRE(l -> hours(l.schoolHours())),
    VACANCES(l -> hours(l.holidayHours())),
    ECRETEES(l -> hours(l.cappedHours())),
    TOTAL(l -> hours(l.totalHours()));

    private final Function<CafTally.ChildLine, String> value;

    CafColumn(Function<CafTally.ChildLine, String> value) {
        this.value = value;
    }

    public String value(CafTally.ChildLine line) {
        return value.apply(line);
    }

    public String messageKey() {
        return "caf.col." + name();
    }

    /** Decimal comma, no trailing zeros: 7.50 → "7,5". */
    static String hours(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The known columns among {@code names}, in their order; all when none is given. */
    static List<CafColumn> chosen(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(values());
        }
        return Arrays.stream(values()).filter(c -> names.contains(c.name())).toList();
    }
}
