package fr.portailfamille.agenda;

import java.time.LocalDate;

/** A place was freed and the first child on the waiting list got it (messaging tells the family). */
public record WaitingListPromoted(long householdId, long childId, long activityId, LocalDate day,
                                  boolean awaitingValidation) {
}
