package fr.portailfamille.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void acceptsFrom1900ToTheEndOfTheFifthYearAhead() {
        assertThat(PlausibleDate.accepts(LocalDate.of(1900, 1, 1), TODAY)).isTrue();
        assertThat(PlausibleDate.accepts(LocalDate.of(2031, 12, 31), TODAY)).isTrue();
        assertThat(PlausibleDate.accepts(LocalDate.of(1899, 12, 31), TODAY)).isFalse();
        assertThat(PlausibleDate.accepts(LocalDate.of(2032, 1, 1), TODAY)).isFalse();
        assertThat(PlausibleDate.accepts(LocalDate.of(1, 1, 1), TODAY)).isFalse();
        assertThat(PlausibleDate.accepts(LocalDate.MAX, TODAY)).isFalse();
        assertThat(PlausibleDate.accepts((LocalDate) null, TODAY)).isFalse();
    }

    @Test
    void parsesIsoAndFrenchDaysWithinTheRange() {
        assertThat(PlausibleDate.parse("2026-12-01", TODAY)).contains(LocalDate.of(2026, 12, 1));
        assertThat(PlausibleDate.parse(" 01/12/2026 ", TODAY)).contains(LocalDate.of(2026, 12, 1));
        assertThat(PlausibleDate.parse("0001-01-01", TODAY)).isEmpty();
        assertThat(PlausibleDate.parse("+999999999-12-31", TODAY)).isEmpty();
        assertThat(PlausibleDate.parse("2026-02-30", TODAY)).isEmpty();
        assertThat(PlausibleDate.parse("demain", TODAY)).isEmpty();
        assertThat(PlausibleDate.parse("", TODAY)).isEmpty();
        assertThat(PlausibleDate.parse(null, TODAY)).isEmpty();
    }

    @Test
    void parsesMonthsWithinTheRange() {
        assertThat(PlausibleDate.parseMonth("2026-11", TODAY)).contains(YearMonth.of(2026, 11));
        assertThat(PlausibleDate.parseMonth("0001-01", TODAY)).isEmpty();
        assertThat(PlausibleDate.parseMonth("+999999999-12", TODAY)).isEmpty();
        assertThat(PlausibleDate.parseMonth("2026-13", TODAY)).isEmpty();
        assertThat(PlausibleDate.parseMonth(null, TODAY)).isEmpty();
    }
}
