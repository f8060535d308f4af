package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import fr.portailfamille.agenda.RecurringDays.Pattern;
import fr.portailfamille.agenda.RecurringDays.PatternDay;
import fr.portailfamille.agenda.RecurringDays.Rhythm;

import org.junit.jupiter.api.Test;

class RecurringDaysTest {

    // a school term: Monday 4 January to Friday 12 February 2027 (ISO weeks 1 to 6)
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate END = LocalDate.of(2027, 2, 12);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Predicate<LocalDate> ALWAYS = d -> true;

    RecurringDays.Expansion expand(Set<DayOfWeek> weekdays, String from, String to, Rhythm rhythm,
                                   Predicate<LocalDate> open, LocalDate today) {
        return RecurringDays.expand(new Pattern(weekdays, from, to, rhythm), START, END, open, today);
    }

    @Test
    void everyWednesdayOfTheWholePeriodWhenNoRangeIsTyped() {
        var e = expand(Set.of(DayOfWeek.WEDNESDAY), "", null, Rhythm.EVERY_WEEK, ALWAYS, TODAY);
        assertThat(e.valid()).isTrue();
        assertThat(e.days()).extracting(PatternDay::day).containsExactly(LocalDate.of(2027, 1, 6),
                LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 27),
                LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 10));
    }

    @Test
    void everyOtherWeekFollowsTheIsoWeekNumber() {
        var even = expand(Set.of(DayOfWeek.WEDNESDAY), null, null, Rhythm.EVEN_WEEKS, ALWAYS, TODAY);
        var odd = expand(Set.of(DayOfWeek.WEDNESDAY), null, null, Rhythm.ODD_WEEKS, ALWAYS, TODAY);
        // 13 January is in week 2, 27 January in week 4, 10 February in week 6
        assertThat(even.days()).extracting(PatternDay::day).containsExactly(LocalDate.of(2027, 1, 13),
                LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 10));
        assertThat(odd.days()).extracting(PatternDay::day).containsExactly(LocalDate.of(2027, 1, 6),
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 3));
    }

    @Test
    void closingDaysAndHolidaysStayInTheListMarkedClosed() {
        LocalDate closing = LocalDate.of(2027, 1, 20);
        var e = expand(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "2027-01-13", "2027-01-20",
                Rhythm.EVERY_WEEK, d -> !d.equals(closing), TODAY);
        assertThat(e.days()).containsExactly(new PatternDay(LocalDate.of(2027, 1, 13), true),
                new PatternDay(LocalDate.of(2027, 1, 18), true), new PatternDay(closing, false));
    }

    @Test
    void theRangeIsClippedToThePeriodAndToToday() {
        var clipped = expand(Set.of(DayOfWeek.FRIDAY), "2026-12-01", "2027-06-30", Rhythm.EVERY_WEEK, ALWAYS, TODAY);
        assertThat(clipped.from()).isEqualTo(START);
        assertThat(clipped.to()).isEqualTo(END);
        assertThat(clipped.days()).hasSize(6);
        var fromToday = expand(Set.of(DayOfWeek.FRIDAY), null, null, Rhythm.EVERY_WEEK, ALWAYS,
                LocalDate.of(2027, 2, 1));
        assertThat(fromToday.days()).extracting(PatternDay::day).containsExactly(LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 12));
    }

    @Test
    void absurdRangesAreRefusedWithAMessagePerField() {
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), "0001-01-01", null, Rhythm.EVERY_WEEK, ALWAYS, TODAY).errors())
                .containsEntry("du", "date.implausible");
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), null, "+999999999-12-31", Rhythm.EVERY_WEEK, ALWAYS, TODAY)
                .errors()).containsEntry("au", "date.implausible");
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), "2027-02-01", "2027-01-10", Rhythm.EVERY_WEEK, ALWAYS, TODAY)
                .errors()).containsEntry("au", "series.error.reversed");
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), "2027-03-01", "2027-03-31", Rhythm.EVERY_WEEK, ALWAYS, TODAY)
                .errors()).containsEntry("du", "series.error.outside");
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), "2027-01-01", "2030-01-01", Rhythm.EVERY_WEEK, ALWAYS, TODAY)
                .errors()).containsEntry("au", "series.error.too-long");
        assertThat(expand(Set.of(), null, null, Rhythm.EVERY_WEEK, ALWAYS, TODAY).errors())
                .containsEntry("jours", "series.error.weekdays");
        assertThat(expand(Set.of(DayOfWeek.FRIDAY), null, null, Rhythm.EVERY_WEEK, ALWAYS, LocalDate.of(2027, 3, 1))
                .errors()).containsEntry("du", "series.error.past");
        assertThat(expand(Set.of(DayOfWeek.SATURDAY), "2027-01-04", "2027-01-08", Rhythm.EVERY_WEEK, ALWAYS, TODAY)
                .errors()).containsEntry("jours", "series.error.no-day");
    }
}
