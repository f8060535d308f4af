package fr.portailfamille.messaging;

import fr.portailfamille.reminders.ReminderDue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A copy of each reminder in the family's inbox, for the families that do not read their e-mail: same subject and
 * text as the mail {@link ReminderMails} sends, from the portal (a message from the town that needs no answer), and
 * without the « new message » e-mail that would tell the family a second time. A listener of its own, so the event
 * publication registry completes the mail and the copy separately: a mail retried while the SMTP server is down
 * never posts the copy twice. The reminders module already left out the families that switched the kind off.
 */
@Component
class ReminderInboxCopies {

    private final Inbox inbox;

    ReminderInboxCopies(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(ReminderDue due) {
        inbox.postSystemCopy(due.householdId(), due.mailSubject(), due.mailText());
    }
}
