package fr.portailfamille.messaging;

/**
 * A message from the town (an agent or the portal) arrived in a family's inbox. Published inside the
 * transaction that stored it; the e-mail notice is sent from the event publication registry after commit.
 */
public record FamilyMessagePosted(long householdId, long conversationId, long messageId) {
}
