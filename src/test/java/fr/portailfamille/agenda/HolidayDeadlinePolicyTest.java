package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.activities.PeriodView;

import org.junit.jupiter.api.Test;

class HolidayDeadlinePolicyTest {

    // Vacances d'hiver 2027: Monday 8 to Friday 19 February, weekdays only
    static final PeriodView WINTER = new PeriodView(7, 1, "Vacances d'hiver", LocalDate.of(2027, 2, 6),
            LocalDate.of(2027, 2, 19), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    static ActivityView activity(ActivityKind kind, boolean daily, BookingDeadline deadline) {
        return new ActivityView(1, "ALSH", "Croc'Vacances", kind, 4, 13, 20, deadline, deadline, daily, false,
                List.of(WINTER), List.of());
    }

    @Test
    void thePeriodClosesWhenItsFirstOpenDayDoes() {
        var croc = activity(ActivityKind.ACCUEIL_LOISIRS, true, BookingDeadline.calendarDays(7, LocalTime.NOON));
        // Saturday 6 and Sunday 7 are not opening days: the first is Monday 8, closed on Monday 1 at noon
        assertThat(HolidayDeadlinePolicy.firstOpenDay(croc, WINTER)).contains(LocalDate.of(2027, 2, 8));
        assertThat(HolidayDeadlinePolicy.deadline(croc, WINTER)).contains(LocalDateTime.of(2027, 2, 1, 12, 0));
    }

    @Test
    void onlyTheHolidayActivitiesBookedDayByDayConcernThisReminder() {
        var deadline = BookingDeadline.calendarDays(7, LocalTime.NOON);
        assertThat(HolidayDeadlinePolicy.concerns(activity(ActivityKind.ACCUEIL_LOISIRS, true, deadline))).isTrue();
        assertThat(HolidayDeadlinePolicy.concerns(activity(ActivityKind.ACCUEIL_LOISIRS, false, deadline))).isFalse();
        assertThat(HolidayDeadlinePolicy.concerns(activity(ActivityKind.RESTAURATION_SCOLAIRE, true, deadline)))
                .isFalse();
    }

    @Test
    void dueFromLeadDaysBeforeTheDeadlineUntilItPasses() {
        var deadline = LocalDateTime.of(2027, 2, 1, 12, 0);
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 1, 24, 23, 59), 7)).isFalse();
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 1, 25, 0, 0), 7)).isTrue();
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 2, 1, 11, 59), 7)).isTrue();
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 2, 1, 12, 0), 7)).isFalse();
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 1, 29, 8, 0), 3)).isTrue();
        assertThat(HolidayDeadlinePolicy.due(deadline, LocalDateTime.of(2027, 1, 28, 8, 0), 3)).isFalse();
    }

    @Test
    void theEnrolledHouseholdsThatBookedNoDayGetItEachOnce() {
        assertThat(HolidayDeadlinePolicy.recipients(List.of(1L, 2L, 2L, 3L, 4L), Set.of(3L, 9L)))
                .containsExactly(1L, 2L, 4L);
    }
}
