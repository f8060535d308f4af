package fr.portailfamille.requests;

/**
 * Published when an agent accepts or refuses a request (messaging tells the family). {@code householdId} is null
 * for a request without household yet (a new family's account request: onboarding answers it by e-mail).
 */
public record RequestDecided(long requestId, Long householdId, String kind, String subjectLabel,
                             RequestStatus status, String comment) {
}
