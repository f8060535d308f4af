package fr.portailfamille.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.portailfamille.billing.TariffBracket;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixture. Brackets A (0–799) and B (800+); MER 8 h, SOIR 3 h, ALSH 8 h, anything else 1 h; cap 10 h.
 * Léa (born 20/11/2020, QF 600, CAF): Wed 18/11/2026 aged 5, MER 8 h + SOIR 3 h → 10 h counted, 1 h over the cap;
 * Mon 23/11/2026 aged 6, ALSH (holidays) 8 h. Tom (born 10/01/2021, QF 1200, MSA): 23/11 ALSH 8 h, 24/11 CANT 1 h.
 */
class CafTallyTests {

    private static final List<TariffBracket> BRACKETS = List.of(new TariffBracket(1, "A", 0, 799),
            new TariffBracket(2, "B", 800, null));
    private static final CafRules RULES = new CafRules(Map.of("MER", h("8"), "SOIR", h("3"), "ALSH", h("8")),
            h("1"), h("10"));

    private static BigDecimal h(String v) {
        return new BigDecimal(v);
    }

    private static final LocalDate LEA = LocalDate.of(2020, 11, 20);
    private static final LocalDate TOM = LocalDate.of(2021, 1, 10);

    private static final List<CafAttendance> ROWS = List.of(
            new CafAttendance(1, "Léa", LEA, 600, "CAF", "SOIR", false, LocalDate.of(2026, 11, 18)),
            new CafAttendance(1, "Léa", LEA, 600, "CAF", "MER", false, LocalDate.of(2026, 11, 18)),
            new CafAttendance(1, "Léa", LEA, 600, "CAF", "ALSH", true, LocalDate.of(2026, 11, 23)),
            new CafAttendance(2, "Tom", TOM, 1200, "msa", "ALSH", true, LocalDate.of(2026, 11, 23)),
            new CafAttendance(2, "Tom", TOM, 1200, "msa", "CANT", false, LocalDate.of(2026, 11, 24)));

    @Test
    void groupsMatchTheHandComputedFixture() {
        var result = CafTally.compute(ROWS, RULES, BRACKETS);
        assertThat(result.hoursByGroup()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new CafTally.Key(CafTally.UNDER_SIX, "A", "CAF", false), h("10"),
                new CafTally.Key(CafTally.SIX_AND_OVER, "A", "CAF", true), h("8"),
                new CafTally.Key(CafTally.UNDER_SIX, "B", "MSA", true), h("8"),
                new CafTally.Key(CafTally.UNDER_SIX, "B", "MSA", false), h("1")));
        assertThat(result.totalHours()).isEqualByComparingTo("27");
        assertThat(result.cappedHours()).isEqualByComparingTo("1");
    }

    @Test
    void perChildListingAddsSchoolAndHolidayHoursAndTheCap() {
        var children = CafTally.compute(ROWS, RULES, BRACKETS).children();
        assertThat(children).hasSize(2);
        var lea = children.get(0);
        assertThat(lea.acts()).isEqualTo(3);
        assertThat(lea.schoolHours()).isEqualByComparingTo("10");
        assertThat(lea.holidayHours()).isEqualByComparingTo("8");
        assertThat(lea.cappedHours()).isEqualByComparingTo("1");
        var tom = children.get(1);
        assertThat(tom.regime()).isEqualTo("MSA");
        assertThat(tom.qfBand()).isEqualTo("B");
        assertThat(tom.totalHours()).isEqualByComparingTo("9");
    }

    @Test
    void ageBandTurnsOnTheSixthBirthday() {
        assertThat(CafTally.ageBand(LEA, LocalDate.of(2026, 11, 19))).isEqualTo(CafTally.UNDER_SIX);
        assertThat(CafTally.ageBand(LEA, LocalDate.of(2026, 11, 20))).isEqualTo(CafTally.SIX_AND_OVER);
        assertThat(CafTally.regime(null)).isEqualTo("AUTRE");
        assertThat(CafTally.qfBand(null, BRACKETS)).isEqualTo(CafTally.UNKNOWN_QF);
    }
}
