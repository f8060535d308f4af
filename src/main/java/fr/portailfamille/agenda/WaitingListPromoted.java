package fr.portailfamille.agenda;

import java.time.LocalDate;

/**
 * A place was freed and the first child on the waiting list got it (messaging tells the family): the day is
 * reserved, or, when the activity's requests wait for an agent, the request now holds a place and awaits validation.
 */
public record WaitingListPromoted(long householdId, long childId, String childName, long activityId,
                                  String activityName, LocalDate day, boolean awaitingValidation) {
}
