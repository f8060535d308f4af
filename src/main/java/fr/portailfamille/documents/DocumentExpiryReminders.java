package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.shared.Formats;
import fr.portailfamille.shared.Town;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * « Une pièce arrive à échéance » : before an accepted document's validity ends, unless a newer one (waiting or valid
 * longer) replaces it (issue 13). A health document is named « document de santé » only: an e-mail is no place for
 * a child's health.
 */
@Component
class DocumentExpiryReminders implements ReminderSource {

    static final String KIND = "document-expiry";
    private static final Locale TOWN_LOCALE = Locale.FRENCH;

    private final DocumentStore store;
    private final MessageSource messages;
    private final Formats formats;
    private final Town town;
    private final String baseUrl;

    DocumentExpiryReminders(DocumentStore store, MessageSource messages, Formats formats, Town town,
                            @Value("${portail.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.messages = messages;
        this.formats = formats;
        this.town = town;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
        var settings = town.settings();
        return store.expiringBetween(today, today.plusDays(leadDays)).stream().map(d -> {
            String name = d.health() ? text("reminder.document.health") : d.typeName();
            String until = formats.day(d.validUntil());
            return new DueReminder(d.householdId(), "document-" + d.id() + "-" + d.validUntil(),
                    text("reminder.document.mail.subject", name, until),
                    text("reminder.document.mail.body", name, until, baseUrl + "/pieces", baseUrl + "/compte#rappels",
                            settings.serviceName() + " — " + settings.name()));
        }).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, TOWN_LOCALE);
    }
}
