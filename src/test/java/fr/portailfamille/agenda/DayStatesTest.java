package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
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

class DayStatesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);
    static final LocalDate SEVEN = LocalDate.of(2019, 6, 1);
    final PeriodView christmas = new PeriodView(10, 1, "Noël", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    final ActivityView croc = new ActivityView(1, "CROC-VACANCES", "Croc'Vacances", ActivityKind.ACCUEIL_LOISIRS, 4, 13, 2,
            BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.workingDays(3, LocalTime.NOON), true,
            true, List.of(christmas), List.of());

    DayStates.Verdict verdict(LocalDate day, LocalDate birth, Set<Long> enrolled, Reservation r, int taken,
                              LocalDateTime now) {
        return DayStates.of(new DayStates.Facts(croc, day, birth, enrolled, r, taken, now));
    }

    Reservation row(ReservationStatus status) {
        return new Reservation(1, 1, 1, 1, MONDAY, status, true, true, 5L, null, Instant.EPOCH);
    }

    @Test
    void openDayWithPlacesCanBeAskedAndFullDayJoinsTheWaitingList() {
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), null, 1, NOW).state()).isEqualTo(DayState.OPEN);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), null, 2, NOW).state()).isEqualTo(DayState.FULL);
        assertThat(DayState.FULL.requestable()).isTrue();
    }

    @Test
    void notBookableDaysSayWhy() {
        assertThat(verdict(LocalDate.of(2026, 12, 25), SEVEN, Set.of(10L), null, 0, NOW).state())
                .isEqualTo(DayState.CLOSED); // Christmas, computed
        assertThat(verdict(LocalDate.of(2026, 12, 19), SEVEN, Set.of(10L), null, 0, NOW).state())
                .isEqualTo(DayState.CLOSED); // Saturday
        assertThat(verdict(MONDAY, SEVEN, Set.of(), null, 0, NOW).state()).isEqualTo(DayState.NOT_ENROLLED);
        assertThat(verdict(MONDAY, LocalDate.of(2023, 1, 1), Set.of(10L), null, 0, NOW).state())
                .isEqualTo(DayState.AGE);
        // J-2 à 12:00 for Monday 21 is Saturday 19 at noon
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), null, 0, LocalDateTime.of(2026, 12, 19, 11, 59)).state())
                .isEqualTo(DayState.OPEN);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), null, 0, LocalDateTime.of(2026, 12, 19, 12, 0)).state())
                .isEqualTo(DayState.DEADLINE);
    }

    @Test
    void aChildTurningFourteenIsRefusedFromHisBirthdayOn() {
        var birth = LocalDate.of(2012, 12, 22);
        assertThat(verdict(MONDAY, birth, Set.of(10L), null, 0, NOW).state()).isEqualTo(DayState.OPEN);
        assertThat(verdict(MONDAY.plusDays(1), birth, Set.of(10L), null, 0, NOW).state()).isEqualTo(DayState.AGE);
    }

    @Test
    void cancellationFollowsItsOwnWorkingDayDeadline() {
        // J-3 ouvrés à 12:00 for Monday 21/12 is Wednesday 16/12 at noon
        var r = row(ReservationStatus.RESERVED);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), r, 1, LocalDateTime.of(2026, 12, 16, 11, 0)).cancellable())
                .isTrue();
        var late = verdict(MONDAY, SEVEN, Set.of(10L), r, 1, LocalDateTime.of(2026, 12, 16, 12, 0));
        assertThat(late.state()).isEqualTo(DayState.RESERVED);
        assertThat(late.cancellable()).isFalse();
    }

    @Test
    void existingRowsShowTheirState() {
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), row(ReservationStatus.REQUESTED), 1, NOW).state())
                .isEqualTo(DayState.REQUESTED);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), row(ReservationStatus.WAITING), 2, NOW).state())
                .isEqualTo(DayState.WAITING);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), row(ReservationStatus.CANCELLED), 1, NOW).state())
                .isEqualTo(DayState.OPEN);
        assertThat(verdict(MONDAY, SEVEN, Set.of(10L), row(ReservationStatus.ABSENT), 1, NOW).cancellable())
                .isFalse();
    }
}
