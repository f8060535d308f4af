package fr.portailfamille.messaging;

import java.time.Instant;

/** One line of an inbox: a conversation with its latest state. */
record ConversationView(long id, long householdId, String subject, boolean crocVacances, String origin,
                        boolean handled, Long assignedAccountId, Instant createdAt, Instant lastMessageAt,
                        String lastExcerpt, int familyUnread, boolean townUnread) {
}
