package fr.portailfamille.messaging;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the portal's own messages (decisions, and later reservations and invoices) in the town's
 * language from the message bundles, and posts them to the family's inbox. Each source of system
 * messages is a small listener of its module's event that calls {@link #post}: see
 * {@link RequestDecisionNotices}.
 */
@Component
class SystemNotice {

    static final Locale TOWN_LOCALE = Locale.FRENCH;

    private final MessageSource messages;
    private final Inbox inbox;

    SystemNotice(MessageSource messages, Inbox inbox) {
        this.messages = messages;
        this.inbox = inbox;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, TOWN_LOCALE);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key. */
    String textOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, TOWN_LOCALE);
    }

    /** The text of {@code key} formatted with {@code args}, if the bundle has such a key. */
    java.util.Optional<String> optionalText(String key, Object... args) {
        return java.util.Optional.ofNullable(messages.getMessage(key, args, null, TOWN_LOCALE));
    }

    long post(long householdId, String subject, String body) {
        return inbox.postSystemMessage(householdId, subject, body);
    }
}
