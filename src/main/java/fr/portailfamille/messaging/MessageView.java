package fr.portailfamille.messaging;

import java.time.Instant;

/** A message of a conversation, with its attachment's name when it has one. */
record MessageView(long id, long conversationId, Author author, String authorName, String body, Instant sentAt,
                   Long attachmentId, String attachmentName, Integer attachmentSize) {

    public boolean fromTown() {
        return author.isTown();
    }
}
