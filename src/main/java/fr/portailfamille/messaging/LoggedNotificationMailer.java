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
    /** One-time links are credentials: never in a log. */
    private static final java.util.regex.Pattern LINK_TOKEN =
            java.util.regex.Pattern.compile("(/activation/|/mot-de-passe-oublie/)[A-Za-z0-9_-]{20,}");

    @Override
    public void send(NotificationMail mail) {
        LOG.info("""
                E-mail not sent (no SMTP server configured: set spring.mail.host) —
                  To: {}
                  Subject: {}
                  {}""", mail.maskedRecipient(), mail.subject(),
                redacted(mail.text()).replace("\n", "\n  "));
    }

    static String redacted(String text) {
        return LINK_TOKEN.matcher(text).replaceAll("$1[lien masqué]");
    }
}
