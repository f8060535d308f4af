package fr.portailfamille.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server ({@code spring.mail.host} unset, the default profile), notices are written to
 * the log so that a developer or a tester can read them. The recipient is masked; a notice carries no
 * sensitive content anyway.
 */
class LoggedNotificationMailer implements NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger("fr.portailfamille.mail");

    @Override
    public void send(NotificationMail mail) {
        LOG.info("""
                E-mail not sent (no SMTP server configured: set spring.mail.host) —
                  To: {}
                  Subject: {}
                  {}""", mail.maskedRecipient(), mail.subject(), mail.text().replace("\n", "\n  "));
    }
}
