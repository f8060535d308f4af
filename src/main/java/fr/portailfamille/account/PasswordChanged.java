package fr.portailfamille.account;

import java.time.Instant;

/**
 * Published when a password is set (changed by its user, chosen from an activation link or reset from a
 * "forgotten password" link), so that a notice can be e-mailed (ASVS 2.2.3) to {@code email} or, when the
 * account has none, to the household's address.
 */
public record PasswordChanged(long accountId, String login, Long householdId, Instant at, String email) {
}
