package fr.portailfamille.messaging;

import java.util.List;

import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's side of the inbox. Every method takes the household of the logged-in family and answers
 * 404 for a conversation or attachment of another household.
 */
@Service
@Transactional
class FamilyInbox {

    private final MessageStore store;
    private final Posting posting;

    FamilyInbox(MessageStore store, Posting posting) {
        this.store = store;
        this.posting = posting;
    }

    @Transactional(readOnly = true)
    List<ConversationView> conversations(long householdId) {
        return store.ofHousehold(householdId);
    }

    /** The conversation and its messages; opening it marks the town's messages read. */
    ConversationThread open(long householdId, long conversationId) {
        var conversation = own(householdId, conversationId);
        store.markReadByFamily(conversationId);
        return new ConversationThread(conversation, store.messages(conversationId));
    }

    /** "Nous contacter": a new conversation for the Service Jeunesse. */
    long contact(long householdId, String authorName, String subject, boolean crocVacances, String body,
                 UploadedFile attachment) {
        long conversationId = posting.newConversation(householdId, subject, crocVacances, Author.FAMILY);
        posting.post(householdId, conversationId, Author.FAMILY, authorName, body, attachment);
        return conversationId;
    }

    void reply(long householdId, long conversationId, String authorName, String body, UploadedFile attachment) {
        own(householdId, conversationId);
        posting.post(householdId, conversationId, Author.FAMILY, authorName, body, attachment);
        store.markReadByFamily(conversationId);
    }

    @Transactional(readOnly = true)
    Attachment attachment(long householdId, long conversationId, long attachmentId) {
        own(householdId, conversationId);
        return store.attachment(conversationId, attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
    }

    @Transactional(readOnly = true)
    boolean emailNotifications(long householdId) {
        return store.emailNotifications(householdId);
    }

    void setEmailNotifications(long householdId, boolean enabled) {
        store.setEmailNotifications(householdId, enabled);
    }

    private ConversationView own(long householdId, long conversationId) {
        return store.conversation(conversationId).filter(c -> c.householdId() == householdId)
                .orElseThrow(() -> new NotFoundException("conversation"));
    }
}
