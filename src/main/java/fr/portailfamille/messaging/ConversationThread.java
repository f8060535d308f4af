package fr.portailfamille.messaging;

import java.util.List;

/** A conversation and its messages in the order they were sent. */
record ConversationThread(ConversationView conversation, List<MessageView> messages) {
}
