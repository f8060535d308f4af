package fr.portailfamille.reminders;

/**
 * Published once per reminder to send, in the transaction that records it as sent; messaging's outbox sends the
 * e-mail after commit and retries it while the SMTP server is down, and puts a copy of it in the family's inbox
 * (for the families that do not read their e-mail), each once.
 */
public record ReminderDue(long householdId, String kind, String subject, String mailSubject, String mailText) {
}
