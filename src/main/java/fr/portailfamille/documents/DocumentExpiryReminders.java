package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.reminders.ReminderTexts;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Component;

/**
 * « Une pièce arrive à échéance » : before an accepted document's validity ends, unless a newer one (waiting or valid
 * longer) replaces it (issue 13). A health document is named « document de santé » only: an e-mail is no place for
 * a child's health.
 */
@Component
class DocumentExpiryReminders implements ReminderSource {

    static final String KIND = "document-expiry";

    private final DocumentStore store;
    private final ReminderTexts texts;
    private final Formats formats;

    DocumentExpiryReminders(DocumentStore store, ReminderTexts texts, Formats formats) {
        this.store = store;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int defaultLeadDays() {
        return 15;
    }

    @Override
    public List<DueReminder> due(LocalDate today, int leadDays) {
        return store.expiringBetween(today, today.plusDays(leadDays)).stream().map(d -> {
            String name = d.health() ? texts.text("reminder.document.health") : d.typeName();
            String until = formats.day(d.validUntil());
            return new DueReminder(d.householdId(), "document-" + d.id() + "-" + d.validUntil(),
                    texts.text("reminder.document.mail.subject", name, until),
                    texts.text("reminder.document.mail.body", name, until, texts.link("/pieces"), texts.optOutLink(),
                            texts.signature()));
        }).toList();
    }
}
