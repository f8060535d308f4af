package fr.portailfamille.agenda;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;

/**
 * The booking-deadline reminder of a holiday period: a period of an accueil de loisirs closes to bookings when its
 * first open day does (the activity's « J-N à HH:MM » rule); the reminder is due from {@code leadDays} days before
 * that deadline until it passes, to the households with a child enrolled in the period that asked no day of it.
 */
final class HolidayDeadlinePolicy {

    private HolidayDeadlinePolicy() {
    }

    /** Whether the activity's periods are holiday periods a family books day by day. */
    static boolean concerns(ActivityView activity) {
        return activity.kind() == ActivityKind.ACCUEIL_LOISIRS && activity.dailyReservations();
    }

    /** The first open day of the period. */
    static Optional<java.time.LocalDate> firstOpenDay(ActivityView activity, PeriodView period) {
        for (var day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
            if (period.opensOn(day.getDayOfWeek()) && activity.isOpen(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** When bookings for the period close: the deadline of its first open day. */
    static Optional<LocalDateTime> deadline(ActivityView activity, PeriodView period) {
        return firstOpenDay(activity, period).map(day -> activity.bookingDeadline().deadlineFor(day));
    }

    /** Due from {@code leadDays} days before the deadline (that day included) until the deadline passes. */
    static boolean due(LocalDateTime deadline, LocalDateTime now, int leadDays) {
        return now.isBefore(deadline)
                && !now.toLocalDate().isBefore(deadline.toLocalDate().minusDays(leadDays));
    }

    /** The households enrolled in the period that asked no day of it. */
    static List<Long> recipients(Collection<Long> enrolled, Set<Long> booked) {
        return enrolled.stream().distinct().filter(h -> !booked.contains(h)).toList();
    }
}
