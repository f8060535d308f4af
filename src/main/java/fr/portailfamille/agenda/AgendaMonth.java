package fr.portailfamille.agenda;

import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.family.ChildView;

/**
 * A child's month for one activity, as weeks of seven days (Monday first). {@code outsideAgeRange}: the child is
 * too young or too old for the activity on every day of the month, so the page says so instead of offering days.
 */
public record AgendaMonth(ChildView child, ActivityView activity, YearMonth month, List<List<DayCell>> weeks,
                          boolean outsideAgeRange) {

    /** Whether some day of the month can be asked or cancelled, or holds a reservation of the child. */
    public boolean hasBookableDay() {
        return weeks.stream().flatMap(List::stream).filter(DayCell::inMonth)
                .anyMatch(c -> c.actionable() || c.state().booked());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
