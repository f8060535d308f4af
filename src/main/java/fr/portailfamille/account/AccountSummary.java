package fr.portailfamille.account;

/** An account as the back-office lists it (never its password hash); {@code email} is where links are sent. */
public record AccountSummary(long id, String login, String role, String displayName, Long householdId,
                             boolean enabled, boolean mustChangePassword, String email) {
}
