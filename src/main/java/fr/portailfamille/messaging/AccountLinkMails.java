package fr.portailfamille.messaging;

import fr.portailfamille.account.AccountLinkRequested;
import fr.portailfamille.account.OneTimeLinks;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Town;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation, activation or password-reset link. The link is issued here, in the listener's own
 * transaction, just before the mail is handed over: if the SMTP server refuses, the transaction rolls back
 * (no link stored) and the outbox retries later with a fresh link. The clear token exists only in the mail.
 */
@Component
class AccountLinkMails {

    private static final Logger LOG = LoggerFactory.getLogger(AccountLinkMails.class);

    private final OneTimeLinks links;
    private final NotificationMailer mailer;
    private final Households households;
    private final SystemNotice texts;
    private final Town town;

    AccountLinkMails(OneTimeLinks links, NotificationMailer mailer, Households households, SystemNotice texts,
                     Town town) {
        this.links = links;
        this.mailer = mailer;
        this.households = households;
        this.texts = texts;
        this.town = town;
    }

    @ApplicationModuleListener
    void on(AccountLinkRequested requested) {
        String to = address(requested);
        if (to == null) {
            LOG.info("No link mailed for account {}: no e-mail address", requested.accountId());
            return;
        }
        var link = links.issue(requested.accountId(), requested.purpose());
        String kind = requested.purpose().name().toLowerCase(java.util.Locale.ROOT);
        mailer.send(new NotificationMail(to, texts.text("mail.link." + kind + ".subject", town.settings().name()),
                texts.text("mail.link." + kind + ".body", link.url(), requested.login())));
    }

    private String address(AccountLinkRequested requested) {
        if (requested.email() != null && !requested.email().isBlank()) {
            return requested.email().strip();
        }
        if (requested.householdId() == null) {
            return null;
        }
        var primary = households.household(requested.householdId()).primary();
        return primary == null || primary.email() == null || primary.email().isBlank() ? null : primary.email().strip();
    }
}
