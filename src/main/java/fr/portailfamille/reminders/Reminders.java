package fr.portailfamille.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders module's face: sends the reminders every {@link ReminderSource} finds due, and keeps each family's
 * choice of the kinds it receives (per household: the reminders go to the household's e-mail address, as every
 * notice does, with a copy in its inbox; a household's data and bookings are shared by its guardians). A kind
 * switched off stops both.
 */
@Service
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    /** The longest lead time an agent may set, in days. */
    public static final int MAX_LEAD_DAYS = 60;

    /** A kind of reminder with the family's choice, for Mon compte. */
    public record Preference(String kind, boolean enabled) {
        public String labelKey() {
            return "reminder-kind." + kind;
        }

        public String hintKey() {
            return labelKey() + ".hint";
        }
    }

    private final List<ReminderSource> sources;
    private final ReminderStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(List<ReminderSource> sources, ReminderStore store, ApplicationEventPublisher events,
              PlatformTransactionManager transactions, Clock clock) {
        this.sources = List.copyOf(sources);
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Sends what is due today, each reminder in its own transaction: the row that records it and the outbox's
     * event commit together, so a reminder is neither lost nor sent twice. Returns how many were sent.
     */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReminderSource source : sources) {
            try {
                sent += send(source, today);
            } catch (RuntimeException e) {
                LOG.warn("Reminders of kind {} not sent this turn: {}", source.kind(), e.toString());
            }
        }
        return sent;
    }

    private int send(ReminderSource source, LocalDate today) {
        String kind = source.kind();
        List<DueReminder> due = source.due(today, leadDays(source));
        if (due.isEmpty()) {
            return 0;
        }
        var households = due.stream().map(DueReminder::householdId).distinct().toList();
        int sent = 0;
        for (DueReminder r : ReminderPolicy.toSend(due, store.switchedOff(kind), store.sent(kind, households))) {
            Boolean done = transaction.execute(status -> {
                if (!store.claim(r.householdId(), kind, r.subject(), clock.instant())) {
                    return false;
                }
                events.publishEvent(new ReminderDue(r.householdId(), kind, r.subject(), r.mailSubject(),
                        r.mailText()));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.info("{} reminder(s) of kind {} sent", sent, kind);
        }
        return sent;
    }

    /** Every kind of reminder, with whether this household receives it (all on until switched off). */
    public List<Preference> preferences(long householdId) {
        var off = store.switchedOffKinds(householdId);
        var out = new ArrayList<Preference>();
        for (ReminderSource source : sources) {
            out.add(new Preference(source.kind(), !off.contains(source.kind())));
        }
        return out;
    }

    /** Keeps the kinds this household receives; the others (known kinds only) are switched off. */
    public void receiveOnly(long householdId, Collection<String> enabledKinds) {
        var off = sources.stream().map(ReminderSource::kind).filter(k -> !enabledKinds.contains(k)).toList();
        transaction.executeWithoutResult(status -> store.setSwitchedOff(householdId, off));
    }

    /** A kind of reminder with its lead time, for the agents' page. */
    public record Lead(String kind, int days, int sent) {
        public String labelKey() {
            return "reminder-kind." + kind;
        }
    }

    private int leadDays(ReminderSource source) {
        int fallback = Math.max(1, Math.min(MAX_LEAD_DAYS, source.defaultLeadDays()));
        return store.leadDays(source.kind()).orElse(fallback);
    }

    List<Lead> leads() {
        return sources.stream().map(s -> new Lead(s.kind(), leadDays(s), store.countSent(s.kind()))).toList();
    }

    boolean knows(String kind) {
        return sources.stream().anyMatch(s -> s.kind().equals(kind));
    }

    void setLeadDays(String kind, int days) {
        if (!knows(kind) || days < 1 || days > MAX_LEAD_DAYS) {
            throw new IllegalArgumentException("lead days");
        }
        store.setLeadDays(kind, days);
    }
}
