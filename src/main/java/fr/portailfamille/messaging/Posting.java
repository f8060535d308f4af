package fr.portailfamille.messaging;

import java.time.Clock;

import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Adds a message to a conversation; a message for the family also announces itself (e-mail notice). */
@Component
class Posting {

    private final MessageStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Posting(MessageStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    long newConversation(long householdId, String subject, boolean crocVacances, Author origin) {
        // a conversation the town starts needs no answer from it: it is born handled
        String text = MessageText.normalise(subject);
        if (text.length() > 200) {
            text = text.substring(0, 199) + "…";
        }
        return store.insertConversation(householdId, text, crocVacances, origin,
                origin.isTown(), clock.instant());
    }

    long post(long householdId, long conversationId, Author author, String authorName, String body,
              UploadedFile attachment) {
        return post(householdId, conversationId, author, authorName, body, attachment, true);
    }

    /**
     * As {@link #post}; {@code announce} false leaves out the e-mail notice of a town's message, for a copy of
     * something the family was already sent by e-mail (a reminder).
     */
    long post(long householdId, long conversationId, Author author, String authorName, String body,
              UploadedFile attachment, boolean announce) {
        long messageId = store.insertMessage(conversationId, author, authorName, MessageText.normalise(body),
                clock.instant());
        if (attachment != null) {
            store.insertAttachment(conversationId, messageId, attachment);
        }
        if (author.isTown() && announce) {
            events.publishEvent(new FamilyMessagePosted(householdId, conversationId, messageId));
        }
        return messageId;
    }
}
