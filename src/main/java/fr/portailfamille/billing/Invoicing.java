package fr.portailfamille.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.family.Households;
import fr.portailfamille.jobs.JobProgress;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly invoicing run: one invoice per family from what {@link BillableDays} reports for the month.
 *
 * <p>Households are processed in chunks, each in its own transaction: the chunk's households are locked (in id
 * order), the days they already have on an invoice are left out, and each invoice takes the next gapless number
 * of its year under the counter's row lock. Running the month again, or two runs at once, therefore invoices
 * nothing twice; the unique key on invoiced days is the last safety net.
 */
@Service
public class Invoicing {

    static final int CHUNK = 250;
    private static final Logger log = LoggerFactory.getLogger(Invoicing.class);

    private final BillableDays billableDays;
    private final Tariffs tariffs;
    private final ActivityCatalog catalog;
    private final Households households;
    private final LedgerStore ledger;
    private final InvoicingStore store;
    private final BillingProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Invoicing(BillableDays billableDays, Tariffs tariffs, ActivityCatalog catalog, Households households,
              LedgerStore ledger, InvoicingStore store, BillingProperties properties,
              ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.billableDays = billableDays;
        this.tariffs = tariffs;
        this.catalog = catalog;
        this.households = households;
        this.ledger = ledger;
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The lines of an invoice with their dates (no ownership check: callers check the invoice first). */
    List<InvoiceDetailLine> lines(long invoiceId) {
        Map<Integer, List<LocalDate>> dates = new HashMap<>();
        store.days(invoiceId).forEach(d -> dates.computeIfAbsent(d.lineNo(), n -> new ArrayList<>()).add(d.servedOn()));
        return store.lines(invoiceId).stream().map(l -> new InvoiceDetailLine(l.lineNo(), l.childId(), l.childName(),
                l.activityCode(), l.activityLabel(), BillingUnit.valueOf(l.unit()), l.billableAbsence(),
                l.bracketLabel(), l.quantity(), Money.ofCents(l.unitPriceCents()), Money.ofCents(l.amountCents()),
                List.copyOf(dates.getOrDefault(l.lineNo(), List.of())))).toList();
    }

    public LocalDate dueDate(LocalDate issueDate) {
        return issueDate.plusDays(properties.dueDays());
    }

    /** Chunks between two refreshes of the database statistics (see InvoicingStore.refreshStatistics). */
    private static final int STATISTICS_EVERY = 8;

    public InvoicingResult run(YearMonth month, LocalDate issueDate) {
        return run(month, issueDate, JobProgress.NONE);
    }

    /**
     * The run, reporting to a job: the number of households first, then each chunk's households and the ones it
     * left out, inside the chunk's transaction (so the job's count never says more than what committed).
     */
    public InvoicingResult run(YearMonth month, LocalDate issueDate, JobProgress progress) {
        PriceBook book = tariffs.priceBook();
        Map<String, String> labels = new HashMap<>();
        catalog.activities().forEach(a -> labels.put(a.code(), a.label()));
        List<Long> ids = billableDays.households(month).stream().distinct().sorted().toList();
        var totals = new long[3];
        List<InvoicingResult.Skipped> skipped = new ArrayList<>();
        progress.total(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            ChunkResult done = tx.execute(status -> {
                ChunkResult result = runChunk(month, issueDate, chunk, book, labels);
                result.skipped().forEach(s -> progress.error(s.householdId(), "invoicing.skipped." + s.reason(),
                        s.detail()));
                progress.advance(chunk.size());
                return result;
            });
            totals[0] += done.invoices();
            totals[1] += done.days();
            totals[2] += done.cents();
            skipped.addAll(done.skipped());
            if (from == 0 || (from / CHUNK) % STATISTICS_EVERY == 0) {
                store.refreshStatistics();
            }
        }
        log.info("Facturation {} : {} factures, {} jours, total {} ; {} familles reportées", month, totals[0],
                totals[1], Money.ofCents(totals[2]), skipped.size());
        return new InvoicingResult(month, (int) totals[0], (int) totals[1], Money.ofCents(totals[2]),
                List.copyOf(skipped));
    }

    private record ChunkResult(long invoices, long days, long cents, List<InvoicingResult.Skipped> skipped) {
    }

    private ChunkResult runChunk(YearMonth month, LocalDate issueDate, List<Long> chunk, PriceBook book,
                                 Map<String, String> labels) {
        store.lockHouseholds(chunk);
        Map<Long, List<BillableDays.BillableDay>> byHousehold = new LinkedHashMap<>();
        chunk.forEach(id -> byHousehold.put(id, new ArrayList<>()));
        for (var day : billableDays.days(month, chunk)) {
            if (!month.equals(YearMonth.from(day.date())) || !byHousehold.containsKey(day.householdId())) {
                continue;
            }
            byHousehold.get(day.householdId()).add(day);
        }
        var already = store.invoicedDays(byHousehold.values().stream().flatMap(List::stream)
                .map(BillableDays.BillableDay::childId).distinct().toList(), month.atDay(1), month.atEndOfMonth());
        List<InvoicingResult.Skipped> chunkSkipped = new ArrayList<>();
        long[] chunkTotals = new long[3];
        List<InvoiceIssued> issued = new ArrayList<>();
        for (var entry : byHousehold.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            long householdId = entry.getKey();
            InvoiceDraft.Outcome outcome;
            try {
                outcome = InvoiceDraft.build(householdId, entry.getValue(), already,
                        Tariffs.terms(households.household(householdId)), households.children(householdId), book,
                        code -> labels.getOrDefault(code, code), month.atEndOfMonth());
            } catch (NotFoundException e) {
                chunkSkipped.add(new InvoicingResult.Skipped(householdId, "unknown-household", ""));
                continue;
            }
            if (outcome.skipped() != null) {
                chunkSkipped.add(outcome.skipped());
                continue;
            }
            InvoiceDraft draft = outcome.draft();
            if (draft.lines().isEmpty()) {
                continue;
            }
            String number = "%d-%06d".formatted(issueDate.getYear(), ledger.nextInvoiceNumber(issueDate.getYear()));
            LocalDate due = dueDate(issueDate);
            long invoiceId = ledger.insertInvoice(householdId, number, issueDate, month.atDay(1),
                    month.atEndOfMonth(), due, draft.totalCents(), month.atDay(1));
            store.insertLines(invoiceId, draft.lines());
            issued.add(new InvoiceIssued(invoiceId, householdId, number, issueDate, due,
                    Money.ofCents(draft.totalCents())));
            chunkTotals[0]++;
            chunkTotals[1] += draft.dayCount();
            chunkTotals[2] += draft.totalCents();
        }
        issued.forEach(events::publishEvent);
        return new ChunkResult(chunkTotals[0], chunkTotals[1], chunkTotals[2], chunkSkipped);
    }
}
