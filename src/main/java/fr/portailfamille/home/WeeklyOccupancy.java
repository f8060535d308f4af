package fr.portailfamille.home;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.agenda.ActivityDayLoad;

/**
 * Occupancy of the coming weeks per activity (issue 16): places taken (reserved or awaiting validation: both hold
 * a place), children on the waiting list, and the capacity (daily capacity times the days the activity opens).
 */
final class WeeklyOccupancy {

    record Week(long activityId, String activity, LocalDate monday, int capacity, int taken, int waiting) {

        public int percent() {
            return capacity == 0 ? 0 : (int) Math.round(taken * 100.0 / capacity);
        }
    }

    private WeeklyOccupancy() {
    }

    /** The monday of the week of the day. */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** One row per activity and week from the week of {@code from}; activities closed all along are left out. */
    static List<Week> of(List<ActivityView> activities, List<ActivityDayLoad> loads, LocalDate from, int weeks) {
        LocalDate first = monday(from);
        List<Week> rows = new ArrayList<>();
        for (ActivityView activity : activities) {
            List<Week> own = new ArrayList<>();
            boolean any = false;
            for (int w = 0; w < weeks; w++) {
                LocalDate monday = first.plusWeeks(w);
                int capacity = 0;
                int taken = 0;
                int waiting = 0;
                for (int d = 0; d < 7; d++) {
                    if (activity.isOpen(monday.plusDays(d))) {
                        capacity += activity.dailyCapacity();
                    }
                }
                for (ActivityDayLoad load : loads) {
                    if (load.activityId() == activity.id() && !load.day().isBefore(monday)
                            && load.day().isBefore(monday.plusWeeks(1))) {
                        taken += load.reserved() + load.requested();
                        waiting += load.waiting();
                    }
                }
                any |= capacity > 0 || taken > 0 || waiting > 0;
                own.add(new Week(activity.id(), activity.name(), monday, capacity, taken, waiting));
            }
            if (any) {
                rows.addAll(own);
            }
        }
        return rows;
    }
}
