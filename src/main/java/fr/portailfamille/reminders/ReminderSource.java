package fr.portailfamille.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of reminder, contributed by the module that knows when it is due (agenda's booking deadlines, documents
 * about to expire, a lottery window about to close…). Declare an implementation as a Spring bean in your module:
 * the reminders job asks every source once per run for what is due <em>today</em>, leaves out the households that
 * switched the kind off and those already reminded (per household, kind and subject, for ever), and hands each
 * remaining reminder to messaging's e-mail outbox.
 *
 * <p>A source may return the same reminder every day while it is due: it goes out once. Its label on Mon compte →
 * Rappels, and on the agents' page, is the message {@code reminder-kind.<kind>} (and
 * {@code reminder-kind.<kind>.hint}) in the owning module's bundle, French and English. A source must not call
 * {@link Reminders} (the facade is built from the sources); {@link ReminderTexts} writes the mail (the town's
 * language, links to the portal, the signature).
 */
public interface ReminderSource {

    /** A stable key, e.g. {@code holiday-booking-deadline} or {@code document-expiry} (60 characters at most). */
    String kind();

    /**
     * The reminders due on {@code today} (the town's day, Europe/Paris), {@code leadDays} being how long before its
     * deadline (a booking deadline, an expiry, a window's close) a reminder is due: the town's setting for this
     * kind (Gestion → Rappels aux familles), {@link #defaultLeadDays()} until an agent changes it.
     */
    List<DueReminder> due(LocalDate today, int leadDays);

    /** The lead time before the town sets one, between 1 and {@value Reminders#MAX_LEAD_DAYS} days. */
    default int defaultLeadDays() {
        return 7;
    }
}
