package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.reminders.ReminderTexts;
import fr.portailfamille.shared.ChildActivities;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Component;

/**
 * « Une pièce arrive à échéance » : before an accepted document's validity ends, unless a newer one (waiting or valid
 * longer) replaces it (issue 13), and only for a document still asked of the family ({@link AskedDocumentsPolicy}: not
 * one to send « si concerné », not one for an activity the child no longer goes to). A health document is named
 * « document de santé » only: an e-mail is no place for a child's health.
 */
@Component
class DocumentExpiryReminders implements ReminderSource {

    static final String KIND = "document-expiry";

    private final DocumentStore store;
    private final ReminderTexts texts;
    private final Formats formats;
    private final ChildActivities childActivities;

    DocumentExpiryReminders(DocumentStore store, ReminderTexts texts, Formats formats,
                            ChildActivities childActivities) {
        this.childActivities = childActivities;
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
        var expiring = store.expiringBetween(today, today.plusDays(leadDays));
        if (expiring.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentType> types = store.types().stream()
                .collect(Collectors.toMap(DocumentType::id, Function.identity()));
        Map<Long, Map<Long, Set<Long>>> concern = new HashMap<>(); // one read per household with a document ending
        return expiring.stream().filter(d -> types.containsKey(d.typeId())) // a withdrawn type is not reminded
                .filter(d -> AskedDocumentsPolicy.of(types.get(d.typeId()), d.childId(),
                concern.computeIfAbsent(d.householdId(), h -> childActivities.ofHousehold(h, today)),
                DocumentState.EXPIRING, false) == AskedDocumentsPolicy.Verdict.ASKED).map(d -> {
            String name = d.health() ? texts.text("reminder.document.health") : d.typeName();
            String until = formats.day(d.validUntil());
            return new DueReminder(d.householdId(), "document-" + d.id() + "-" + d.validUntil(),
                    texts.text("reminder.document.mail.subject", name, until),
                    texts.text("reminder.document.mail.body", name, until, texts.link("/pieces"), texts.optOutLink(),
                            texts.signature()));
        }).toList();
    }
}
