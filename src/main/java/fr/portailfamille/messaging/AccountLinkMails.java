package fr.portailfamille.messaging;

import fr.portailfamille.account.AccountLinkRequested;
import fr.portailfamille.account.OneTimeLinks;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Town;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation, activation or password-reset link. The link is issued here, just before the mail is handed
 * over, and committed first (the listener has no transaction of its own: {@link OneTimeLinks#issue} commits), so the
 * link works as soon as the mail arrives. If the SMTP server refuses, the publication stays incomplete and the outbox
 * retries later with a fresh link, which revokes the one never delivered. The clear token exists only in the mail.
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

    @Async
    @TransactionalEventListener
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
