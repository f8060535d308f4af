package fr.portailfamille.onboarding;

/**
 * An e-mail to a family that has no household (yet) in the portal: the confirmation link of its account request,
 * the answer to it. Sent by messaging through the mail outbox. Never logged whole (it may carry a one-time link).
 */
public record OnboardingMail(String to, String subject, String text) {

    @Override
    public String toString() {
        return "OnboardingMail[subject=" + subject + "]";
    }
}
