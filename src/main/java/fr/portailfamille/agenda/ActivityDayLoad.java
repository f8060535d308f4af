package fr.portailfamille.agenda;

import java.time.LocalDate;

/** One activity's day: children expected (reserved), reservations awaiting validation, waiting list. */
public record ActivityDayLoad(long activityId, LocalDate day, int reserved, int requested, int waiting) {
}
