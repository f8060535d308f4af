package fr.portailfamille.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpeningDaysTest {

    private final PeriodView christmas = new PeriodView(1, 1, "Noël", LocalDate.of(2026, 12, 19),
            LocalDate.of(2027, 1, 3), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private final ActivityView activity = new ActivityView(1, "CROC-VACANCES", "Croc'Vacances", ActivityKind.ACCUEIL_LOISIRS, 4, 13,
            12, BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(1, LocalTime.NOON), true,
            true, List.of(christmas), List.of(new ClosingDay(LocalDate.of(2026, 12, 31), "Fin d'année")));

    @Test
    void opensOnWeekdaysOfAPeriodOnly() {
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 21))).isTrue();   // Monday
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 19))).isFalse();  // Saturday
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 18))).isFalse();  // before the period
        assertThat(activity.isOpen(LocalDate.of(2027, 1, 4))).isFalse();    // after it
    }

    @Test
    void publicHolidaysAreComputedAndClosed() {
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 25))).isFalse();  // Friday, Christmas
        assertThat(activity.isOpen(LocalDate.of(2027, 1, 1))).isFalse();    // Friday, New Year
        assertThat(activity.isPublicHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void typedClosingDaysAreClosed() {
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(activity.isOpen(LocalDate.of(2026, 12, 30))).isTrue();
    }

    @Test
    void ageRangeIsInclusive() {
        assertThat(activity.acceptsAge(3)).isFalse();
        assertThat(activity.acceptsAge(4)).isTrue();
        assertThat(activity.acceptsAge(13)).isTrue();
        assertThat(activity.acceptsAge(14)).isFalse();
    }

    @Test
    void bookingAndCancellationUseTheirOwnDeadlines() {
        var day = LocalDate.of(2026, 12, 21);
        var sat = LocalDate.of(2026, 12, 19).atTime(13, 0);   // after J-2 12:00, before J-1 12:00
        assertThat(activity.bookingOpen(day, sat)).isFalse();
        assertThat(activity.cancellationOpen(day, sat)).isTrue();
    }
}
