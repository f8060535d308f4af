package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import fr.portailfamille.activities.ActivityView;

/**
 * The state of one day of a child's agenda for one activity, and what the family may do with it. The same
 * rule serves the page and the server's check when the family asks.
 */
final class DayStates {

    private DayStates() {
    }

    record Facts(ActivityView activity, LocalDate day, LocalDate birthDate, Set<Long> enrolledPeriods,
                 Reservation reservation, int taken, LocalDateTime now) {
    }

    record Verdict(DayState state, boolean cancellable) {
    }

    static Verdict of(Facts f) {
        var r = f.reservation();
        if (r != null && r.status().active()) {
            return new Verdict(switch (r.status()) {
                case REQUESTED -> DayState.REQUESTED;
                case RESERVED -> DayState.RESERVED;
                case WAITING -> DayState.WAITING;
                default -> DayState.ABSENT;
            }, cancellable(f, r));
        }
        return new Verdict(bookable(f), false);
    }

    private static boolean cancellable(Facts f, Reservation r) {
        return switch (r.status()) {
            case REQUESTED, RESERVED -> f.activity().cancellationOpen(f.day(), f.now());
            case WAITING -> f.day().isAfter(f.now().toLocalDate());
            default -> false;
        };
    }

    private static DayState bookable(Facts f) {
        var activity = f.activity();
        if (!activity.dailyReservations() || !activity.isOpen(f.day())) {
            return DayState.CLOSED;
        }
        // the age first: a child outside the age range cannot be enrolled either, and that is the reason to tell
        if (!activity.acceptsAge(java.time.Period.between(f.birthDate(), f.day()).getYears())) {
            return DayState.AGE;
        }
        var period = activity.periodOn(f.day());
        if (period.isEmpty() || !f.enrolledPeriods().contains(period.get().id())) {
            return DayState.NOT_ENROLLED;
        }
        if (!activity.bookingOpen(f.day(), f.now())) {
            return DayState.DEADLINE;
        }
        return f.taken() >= activity.dailyCapacity() ? DayState.FULL : DayState.OPEN;
    }
}
