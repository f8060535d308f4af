package fr.portailfamille.messaging;

import fr.portailfamille.onboarding.OnboardingMail;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails to families that have no household in the portal yet (onboarding's account requests), sent after commit
 * from the event publication registry like every notice: a failing SMTP server leaves the publication incomplete
 * and {@link OutboxRetry} sends it later.
 */
@Component
class OnboardingMails {

    private final NotificationMailer mailer;

    OnboardingMails(NotificationMailer mailer) {
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(OnboardingMail mail) {
        mailer.send(new NotificationMail(mail.to().strip(), mail.subject(), mail.text()));
    }
}
