package fr.portailfamille.messaging;

import fr.portailfamille.family.Households;
import fr.portailfamille.reminders.ReminderDue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders module's e-mails through the outbox: after commit, retried by {@link OutboxRetry} while the
 * SMTP server is down. The reminders module already left out the families that switched the kind off; the address
 * is the primary guardian's, as for every notice.
 */
@Component
class ReminderMails {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMails.class);

    private final NotificationMailer mailer;
    private final Households households;

    ReminderMails(NotificationMailer mailer, Households households) {
        this.mailer = mailer;
        this.households = households;
    }

    @ApplicationModuleListener
    void on(ReminderDue due) {
        var primary = households.household(due.householdId()).primary();
        if (primary == null || primary.email() == null || primary.email().isBlank()) {
            LOG.info("No reminder of kind {} for household {}: no e-mail address", due.kind(), due.householdId());
            return;
        }
        mailer.send(new NotificationMail(primary.email().strip(), due.mailSubject(), due.mailText()));
    }
}
