package fr.portailfamille.agenda;

import java.time.Instant;
import java.time.LocalDate;

import fr.portailfamille.activities.PeriodView;

/**
 * How the days of one activity period are decided. For a lottery: requests from {@code opensAt} to
 * {@code closesAt}, allocation at {@code allocateAt}; {@code allocatedAt} is set once the draw has run.
 */
public record BookingWindow(long id, long activityId, String activityName, PeriodView period, BookingMode mode,
                            Instant opensAt, Instant closesAt, Instant allocateAt, LotteryRules rules,
                            Instant allocatedAt) {

    /** Where a lottery window stands at {@code now} (label {@code window-phase.<NAME>}). */
    public enum Phase {
        COMING, OPEN, CLOSED, ALLOCATED;

        public String messageKey() {
            return "window-phase." + name();
        }
    }

    public Phase phase(Instant now) {
        if (allocatedAt != null) {
            return Phase.ALLOCATED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.COMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    public boolean lottery() {
        return mode == BookingMode.LOTTERY;
    }

    /** Whether the lottery decides this day now: a lottery window not yet allocated, over the day's period. */
    boolean governs(LocalDate day) {
        return lottery() && allocatedAt == null && period.contains(day);
    }

    /** Whether the agenda announces it: a lottery not yet allocated. */
    public boolean announced() {
        return lottery() && allocatedAt == null;
    }
}
