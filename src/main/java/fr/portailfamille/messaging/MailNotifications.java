package fr.portailfamille.messaging;

import fr.portailfamille.account.PasswordChanged;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Town;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mail notices, sent after commit from Spring Modulith's event publication registry: a listener that
 * throws (SMTP down) leaves its publication incomplete, and {@link OutboxRetry} submits it again later.
 * The in-app message is already stored by then, so a failing SMTP never loses nor blocks it.
 * The address is the primary guardian's e-mail of the household.
 */
@Component
class MailNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(MailNotifications.class);

    private final NotificationMailer mailer;
    private final Households households;
    private final MessageStore store;
    private final SystemNotice texts;
    private final Town town;
    private final String baseUrl;

    MailNotifications(NotificationMailer mailer, Households households, MessageStore store, SystemNotice texts,
                      Town town, @Value("${portail.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.households = households;
        this.store = store;
        this.texts = texts;
        this.town = town;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new message for the family: only says that there is one, with a link to the inbox. */
    @ApplicationModuleListener
    void on(FamilyMessagePosted posted) {
        if (!store.emailNotifications(posted.householdId())) {
            return;
        }
        send(posted.householdId(), texts.text("mail.new-message.subject", townName()),
                texts.text("mail.new-message.body", baseUrl + "/messages", baseUrl + "/compte"));
    }

    /** A password change (ASVS 2.2.3): a security notice, sent whatever the notification setting. */
    @ApplicationModuleListener
    void on(PasswordChanged changed) {
        String subject = texts.text("mail.password-changed.subject", townName());
        String body = texts.text("mail.password-changed.body", baseUrl + "/mot-de-passe-oublie");
        if (changed.email() != null && !changed.email().isBlank()) {
            mailer.send(new NotificationMail(changed.email().strip(), subject, body));
        } else if (changed.householdId() != null) {
            send(changed.householdId(), subject, body);
        }
    }

    private void send(long householdId, String subject, String text) {
        var primary = households.household(householdId).primary();
        if (primary == null || primary.email() == null || primary.email().isBlank()) {
            LOG.info("No e-mail notice for household {}: no e-mail address", householdId);
            return;
        }
        mailer.send(new NotificationMail(primary.email().strip(), subject, text));
    }

    private String townName() {
        return town.settings().name();
    }
}
