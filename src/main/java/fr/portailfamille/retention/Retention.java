package fr.portailfamille.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import fr.portailfamille.billing.InvoiceLine;
import fr.portailfamille.billing.Statements;
import fr.portailfamille.enrolment.EnrolmentHistory;
import fr.portailfamille.family.CareDataHolder;
import fr.portailfamille.family.FamilyRetention;
import fr.portailfamille.jobs.JobProgress;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.HouseholdData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention rules: deletes the care data of children who left, anonymises inactive households (the
 * nightly job) or a household on request (an agent). Each module anonymises its own data ({@link HouseholdData});
 * every deletion is recorded in {@code retention_action} and counted in one log line (ids and counts only).
 */
@Service
class Retention {

    static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final List<HouseholdData> parts;
    private final FamilyRetention family;
    private final EnrolmentHistory enrolments;
    private final Statements statements;
    private final RetentionStore store;
    private final AuditTrail audit;
    private final RetentionSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    Retention(List<HouseholdData> parts, FamilyRetention family, EnrolmentHistory enrolments, Statements statements,
              RetentionStore store, AuditTrail audit, RetentionSettings settings, Clock clock,
              PlatformTransactionManager transactions) {
        this.parts = parts;
        this.family = family;
        this.enrolments = enrolments;
        this.statements = statements;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What one run did: the ids touched, and how many households were kept for each reason. */
    record Report(List<Long> children, List<Long> households, Map<String, Integer> kept) {

        String logLine() {
            return "retention run: care data deleted for " + children.size() + " child(ren) " + children
                    + "; " + households.size() + " household(s) anonymised " + households + "; kept " + kept;
        }
    }

    AnonymisationPolicy policy() {
        return new AnonymisationPolicy(settings);
    }

    /** Money owed, latest invoice and latest activity of the household, from the modules that know them. */
    AnonymisationPolicy.Standing standing(long householdId) {
        var statement = statements.statement(householdId);
        LocalDate lastInvoice = statement.invoices().stream().map(InvoiceLine::issueDate)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate lastActivity = parts.stream().map(p -> p.lastActivity(householdId)).flatMap(Optional::stream)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(LocalDate.now(clock));
        return new AnonymisationPolicy.Standing(statement.owed(), lastInvoice, lastActivity);
    }

    boolean anonymised(long householdId) {
        return store.anonymised(householdId);
    }

    /** An agent's anonymisation on the family's request: done, or refused with the policy's reason. */
    AnonymisationPolicy.Decision anonymiseOnRequest(long householdId, String agent) {
        return tx.execute(status -> {
            var decision = policy().onRequest(standing(householdId));
            if (decision.allowed()) {
                int rows = anonymise(householdId, RetentionRule.HOUSEHOLD_ON_REQUEST, agent);
                log.info("retention: household {} anonymised on request ({} rows)", householdId, rows);
            }
            return decision;
        });
    }

    private int anonymise(long householdId, RetentionRule rule, String actor) {
        int rows = 0;
        for (HouseholdData part : parts) {
            rows += part.anonymise(householdId);
        }
        store.record(clock.instant(), rule, householdId, null, rows, actor);
        audit.record(actor, "HOUSEHOLD_ANONYMISED", householdId, null, null);
        return rows;
    }

    /** Both rules, each deletion in its own transaction; the log line says what was done. */
    Report run(String actor, JobProgress progress) {
        LocalDate today = LocalDate.now(clock);
        var childPolicy = new ChildDataPolicy(settings.childDataYears());
        List<CareDataHolder> holders = family.childrenWithCareData();
        Map<Long, LocalDate> enrolled = enrolments.lastEnrolledDays(holders.stream().map(CareDataHolder::childId)
                .toList());
        var anonymised = store.anonymisedHouseholds();
        List<Long> candidates = family.householdsCreatedBefore(today.minusYears(settings.householdYears())).stream()
                .filter(h -> !anonymised.contains(h)).toList();
        progress.total(holders.size() + candidates.size());

        List<Long> children = new ArrayList<>();
        for (CareDataHolder holder : holders) {
            if (childPolicy.left(enrolled.get(holder.childId()), holder.recordSince(), today)) {
                tx.executeWithoutResult(status -> {
                    int rows = family.deleteCareData(holder.childId());
                    store.record(clock.instant(), RetentionRule.CHILD_CARE_DATA, holder.householdId(),
                            holder.childId(), rows, actor);
                    progress.advance(1);
                });
                children.add(holder.childId());
            } else {
                progress.advance(1);
            }
        }

        var policy = policy();
        List<Long> households = new ArrayList<>();
        Map<String, Integer> kept = new TreeMap<>();
        for (long householdId : candidates) {
            boolean done = Boolean.TRUE.equals(tx.execute(status -> {
                var decision = policy.automatically(standing(householdId), today);
                if (!decision.allowed()) {
                    kept.merge(decision.refusalKey().replace("retention.refused.", ""), 1, Integer::sum);
                    progress.advance(1);
                    return false;
                }
                anonymise(householdId, RetentionRule.HOUSEHOLD_INACTIVE, actor);
                progress.advance(1);
                return true;
            }));
            if (done) {
                households.add(householdId);
            }
        }
        var report = new Report(children, households, kept);
        log.info(report.logLine());
        return report;
    }

    List<RetentionStore.Action> recent() {
        return store.recent(200);
    }
}
