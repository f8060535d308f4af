package fr.portailfamille.requests;

/** Published when an agent accepts or refuses a request (messaging tells the family). */
public record RequestDecided(long requestId, long householdId, String kind, String subjectLabel,
                             RequestStatus status, String comment) {
}
