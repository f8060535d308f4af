package fr.portailfamille.account;

/**
 * Asks for a one-time link to be e-mailed to {@code email} (or, when it is null, to the household's address).
 * The listener issues the link itself ({@link OneTimeLinks#issue}) when it writes the mail, so the clear token
 * never sits in the event publication table; a retried mail simply carries a fresh link.
 */
public record AccountLinkRequested(long accountId, String login, Long householdId, String email,
                                   LinkPurpose purpose) {
}
