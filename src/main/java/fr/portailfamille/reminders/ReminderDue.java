package fr.portailfamille.reminders;

/**
 * Published once per reminder to send, in the transaction that records it as sent; messaging's outbox sends the
 * e-mail after commit and retries it while the SMTP server is down.
 */
public record ReminderDue(long householdId, String kind, String subject, String mailSubject, String mailText) {
}
