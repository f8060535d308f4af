package fr.portailfamille.messaging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agents' shared inbox: read, answer, assign, mark handled, write to families. */
@Service
@Transactional
class TownInbox {

    static final int LIST_LIMIT = 200;

    private final MessageStore store;
    private final Posting posting;

    TownInbox(MessageStore store, Posting posting) {
        this.store = store;
        this.posting = posting;
    }

    @Transactional(readOnly = true)
    List<ConversationView> list(TownFilter filter) {
        return store.townInbox(filter, LIST_LIMIT);
    }

    /** Opening a conversation marks the family's messages read for the whole service. */
    ConversationThread open(long conversationId) {
        var conversation = get(conversationId);
        store.markReadByTown(conversationId);
        return new ConversationThread(conversation, store.messages(conversationId));
    }

    /** An agent's answer: the conversation counts as handled (a new family message reopens it). */
    void reply(long conversationId, String agentName, String body, UploadedFile attachment, boolean handled) {
        var conversation = get(conversationId);
        posting.post(conversation.householdId(), conversationId, Author.AGENT, agentName, body, attachment);
        store.setHandled(conversationId, handled);
    }

    void assign(long conversationId, Long accountId) {
        get(conversationId);
        store.assign(conversationId, accountId);
    }

    void setHandled(long conversationId, boolean handled) {
        get(conversationId);
        store.setHandled(conversationId, handled);
    }

    /** One new conversation per family (each family sees only its own); returns how many were written. */
    int write(Collection<Long> householdIds, String agentName, String subject, boolean crocVacances, String body,
              UploadedFile attachment) {
        var distinct = new LinkedHashSet<>(householdIds);
        for (long householdId : distinct) {
            long conversationId = posting.newConversation(householdId, subject, crocVacances, Author.AGENT);
            posting.post(householdId, conversationId, Author.AGENT, agentName, body, attachment);
        }
        return distinct.size();
    }

    @Transactional(readOnly = true)
    Attachment attachment(long conversationId, long attachmentId) {
        return store.attachment(conversationId, attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
    }

    private ConversationView get(long conversationId) {
        return store.conversation(conversationId).orElseThrow(() -> new NotFoundException("conversation"));
    }
}
