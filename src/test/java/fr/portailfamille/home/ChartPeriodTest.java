package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertThat(ChartPeriod.schoolYearStart(TODAY)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(ChartPeriod.schoolYearStart(LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2026, 9, 1));
        var choice = ChartPeriod.choose(null, null, null, TODAY, List.of());
        assertThat(choice.errors()).isEmpty();
        assertThat(choice.ranges()).containsExactly(new ChartPeriod.Range("", LocalDate.of(2026, 9, 1), TODAY));
    }

    @Test
    void theLastHolidaysComeWithTheSameOnesAYearBeforeOrTheSameWeeks() {
        var toussaint = new ChartPeriod.Holiday("Vacances de la Toussaint", LocalDate.of(2026, 10, 17),
                LocalDate.of(2026, 11, 2));
        var before = new ChartPeriod.Holiday("Vacances de la Toussaint", LocalDate.of(2025, 10, 18),
                LocalDate.of(2025, 11, 3));
        var noel = new ChartPeriod.Holiday("Vacances de Noël", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3));
        var choice = ChartPeriod.choose("vacances", null, null, TODAY, List.of(before, toussaint, noel));
        assertThat(choice.ranges()).extracting(ChartPeriod.Range::from)
                .containsExactly(toussaint.start(), before.start());
        var alone = ChartPeriod.choose("vacances", null, null, TODAY, List.of(toussaint));
        assertThat(alone.ranges().get(1).from()).isEqualTo(toussaint.start().minusWeeks(52));
        assertThat(ChartPeriod.choose("vacances", null, null, TODAY, List.of(noel)).errors())
                .containsEntry("periode", "charts.period.error.no-holidays");
    }

    @Test
    void typedDatesAreCheckedFieldByField() {
        assertThat(ChartPeriod.choose("dates", "2026-01-01", "2026-02-01", TODAY, List.of()).ranges())
                .containsExactly(new ChartPeriod.Range("", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));
        assertThat(ChartPeriod.choose("dates", "01/01/2026", "2025-02-01", TODAY, List.of()).errors())
                .containsOnlyKeys("au").containsValue("charts.period.error.order");
        assertThat(ChartPeriod.choose("dates", "0001-01-01", "", TODAY, List.of()).errors())
                .containsEntry("du", "date.implausible").containsEntry("au", "charts.period.error.to-missing");
        assertThat(ChartPeriod.choose("dates", "2020-01-01", "2026-01-01", TODAY, List.of()).errors())
                .containsEntry("au", "charts.period.error.span");
        var wrong = ChartPeriod.choose("x", "a", "b", TODAY, List.of());
        assertThat(wrong.errors()).containsEntry("periode", "charts.period.error.preset");
        assertThat(wrong.fromInput()).isEqualTo("a");
        assertThat(wrong.ranges().get(0).from()).isEqualTo(LocalDate.of(2026, 9, 1));
    }
}
