package fr.portailfamille.reminders;

/**
 * A reminder a {@link ReminderSource} finds due for a household. {@code subject} tells this reminder apart from the
 * others of its kind for that household (e.g. {@code period-42}, {@code document-7-2027-06-30}): a reminder goes
 * out once per household, kind and subject (120 characters at most). The mail's subject and text are written by
 * the source in the town's language, plain text, with links to the portal and never any sensitive data.
 */
public record DueReminder(long householdId, String subject, String mailSubject, String mailText) {

    public DueReminder {
        if (subject == null || subject.isBlank() || subject.length() > 120) {
            throw new IllegalArgumentException("subject");
        }
    }
}
