package fr.portailfamille.agenda;

import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.family.ChildView;

/** A child's month for one activity, as weeks of seven days (Monday first). */
public record AgendaMonth(ChildView child, ActivityView activity, YearMonth month, List<List<DayCell>> weeks) {

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
