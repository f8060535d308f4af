package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import fr.portailfamille.documents.MissingRequirement;
import fr.portailfamille.documents.Requirements;

import org.springframework.stereotype.Component;

/**
 * The days refused because the activity requires a document or a consent the child lacks on that day (documents
 * module). Checked once on the last day asked; only when something is missing then is each day checked, so that
 * the days before a document's end stay bookable.
 */
@Component
class BookingRequirements {

    private final Requirements requirements;

    BookingRequirements(Requirements requirements) {
        this.requirements = requirements;
    }

    Set<LocalDate> blockedDays(long householdId, long childId, long activityId, NavigableSet<LocalDate> days) {
        if (days.isEmpty() || requirements.beforeBooking(householdId, childId, activityId, days.last()).isEmpty()) {
            return Set.of();
        }
        var blocked = new TreeSet<LocalDate>();
        for (LocalDate day : days) {
            if (!requirements.beforeBooking(householdId, childId, activityId, day).isEmpty()) {
                blocked.add(day);
            }
        }
        return blocked;
    }

    /** What the child lacks to book the activity today (the agenda says so before the family tries). */
    List<MissingRequirement> missingToday(long householdId, long childId, long activityId, LocalDate today) {
        return requirements.beforeBooking(householdId, childId, activityId, today);
    }
}
