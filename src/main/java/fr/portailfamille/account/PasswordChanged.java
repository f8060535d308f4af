package fr.portailfamille.account;

import java.time.Instant;

/** Published when a user changes a password, so that a notice can be e-mailed (ASVS 2.2.3). */
public record PasswordChanged(long accountId, String login, Long householdId, Instant at) {
}
