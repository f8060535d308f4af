package fr.portailfamille.messaging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging module's face: unread counters for the pages of other modules, and a way for any module
 * to post a message from the portal into a family's inbox (the family is notified by e-mail).
 */
@Service
@Transactional
public class Inbox {

    static final String PORTAL_AUTHOR = "Portail Famille";

    private final MessageStore store;
    private final Posting posting;

    Inbox(MessageStore store, Posting posting) {
        this.store = store;
        this.posting = posting;
    }

    /** Messages from the town this family has not read yet. */
    @Transactional(readOnly = true)
    public int unreadForFamily(long householdId) {
        return store.familyUnread(householdId);
    }

    /** Conversations with a family message no agent has opened yet. */
    @Transactional(readOnly = true)
    public int unreadForTown() {
        return store.townUnread();
    }

    /** What waits in the agents' inbox (the dashboard). */
    @Transactional(readOnly = true)
    public TownWork townWork() {
        return store.townWork();
    }

    /**
     * E-mail notices not sent: event publications still incomplete after {@code minAge} (the outbox retries them
     * every minute; one still there failed at least once).
     */
    @Transactional(readOnly = true)
    public int failedNotices(java.time.Instant now, java.time.Duration minAge) {
        return store.incompletePublications(now.minus(minAge));
    }

    /** A message written by the portal itself (a decision, a reservation, an invoice…): a new conversation. */
    public long postSystemMessage(long householdId, String subject, String body) {
        long conversationId = posting.newConversation(householdId, subject, false, Author.SYSTEM);
        posting.post(householdId, conversationId, Author.SYSTEM, PORTAL_AUTHOR, body, null);
        return conversationId;
    }

    /**
     * A message written by the portal that the family already received by e-mail (a reminder): a new conversation,
     * without the e-mail notice that would announce it a second time.
     */
    long postSystemCopy(long householdId, String subject, String body) {
        long conversationId = posting.newConversation(householdId, subject, false, Author.SYSTEM);
        posting.post(householdId, conversationId, Author.SYSTEM, PORTAL_AUTHOR, body, null, false);
        return conversationId;
    }
}
