package fr.portailfamille.account;

/** An account as the back-office lists it (never its password hash). */
public record AccountSummary(long id, String login, String role, String displayName, Long householdId,
                             boolean enabled, boolean mustChangePassword) {
}
