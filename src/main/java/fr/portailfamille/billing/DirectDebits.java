package fr.portailfamille.billing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import fr.portailfamille.family.DirectDebitAccount;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Money;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SEPA Core direct debit: the monthly batch for families paying by prélèvement with an active mandate (the family
 * module's {@link Households#directDebitAccounts()}; one
 * transaction per unpaid invoice, FRST for a mandate never collected, else RCUR), its pain.008.001.08 file, the
 * pre-notification of each family at least 14 days ahead, the collection and the rejects.
 */
@Service
@Transactional
public class DirectDebits {

    public static final int PRE_NOTIFICATION_DAYS = 14;

    public record Prepared(long batchId, int debits, Money total) implements java.io.Serializable {
    }

    public record BatchView(long id, String messageId, LocalDate collectionDate, boolean collected, int debits,
                            Money total) {
    }

    public record DebitView(long id, long householdId, String endToEndId, String rum, String sequenceType,
                            Money amount, String status, String rejectReason) {
    }

    private final DirectDebitStore store;
    private final LedgerStore ledgerStore;
    private final Ledger ledger;
    private final Statements statements;
    private final Households households;
    private final BillingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pain008Writer writer = new Pain008Writer();

    DirectDebits(DirectDebitStore store, LedgerStore ledgerStore, Ledger ledger, Statements statements,
                 Households households, BillingProperties properties, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.ledgerStore = ledgerStore;
        this.ledger = ledger;
        this.statements = statements;
        this.households = households;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** How many households the next batch may collect: paying by direct debit with an active mandate. */
    @Transactional(readOnly = true)
    public int mandatedHouseholds() {
        return households.directDebitAccounts().size();
    }

    /**
     * Prepares the batch to be collected on {@code collectionDate}.
     *
     * @throws IllegalArgumentException if the date leaves less than 14 days for the pre-notification
     */
    public Prepared prepare(LocalDate collectionDate) {
        LocalDate today = LocalDate.now(clock);
        if (collectionDate.isBefore(today.plusDays(PRE_NOTIFICATION_DAYS))) {
            throw new IllegalArgumentException("collection date too close for the pre-notification");
        }
        Set<String> used = store.mandatesUsed();
        Set<Long> inDebit = store.invoicesInDebit();
        Set<Long> seenHouseholds = new HashSet<>();
        List<DirectDebit> debits = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (DirectDebitAccount mandate : households.directDebitAccounts()) {
            if (!seenHouseholds.add(mandate.householdId())) {
                continue;
            }
            SequenceType type = used.contains(mandate.rum()) ? SequenceType.RCUR : SequenceType.FRST;
            List<InvoiceLine> unpaid = new ArrayList<>(statements.statement(mandate.householdId()).unpaidInvoices());
            Collections.reverse(unpaid);
            for (InvoiceLine invoice : unpaid) {
                if (!invoice.remaining().isPositive() || inDebit.contains(invoice.id())) {
                    continue;
                }
                String endToEnd = "PF-" + invoice.number() + "-" + (store.attempts(invoice.id()) + 1);
                debits.add(new DirectDebit(endToEnd, invoice.remaining().cents(), mandate.rum(), mandate.signedOn(),
                        type, mandate.debtorName(), mandate.iban(), mandate.bic(),
                        properties.creditorName() + " facture " + invoice.number()));
                rows.add(new Object[] {invoice, mandate, type, endToEnd});
            }
        }
        if (debits.isEmpty()) {
            return new Prepared(0, 0, Money.ZERO);
        }
        String messageId = "PF-DD-" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        var batch = new DirectDebitBatch(messageId, clock.instant(), creditor(), collectionDate, debits);
        long batchId = store.insertBatch(messageId, clock.instant(), collectionDate, xml(batch));
        long total = 0;
        for (Object[] r : rows) {
            var invoice = (InvoiceLine) r[0];
            var mandate = (DirectDebitAccount) r[1];
            store.insertDebit(batchId, invoice.id(), mandate.householdId(), mandate.rum(), (SequenceType) r[2],
                    invoice.remaining().cents(), (String) r[3]);
            events.publishEvent(new DirectDebitAnnounced(mandate.householdId(), invoice.number(), invoice.remaining(),
                    collectionDate, mandate.rum(), properties.creditorId(), properties.creditorName()));
            total += invoice.remaining().cents();
        }
        return new Prepared(batchId, debits.size(), Money.ofCents(total));
    }

    Creditor creditor() {
        return new Creditor(properties.creditorName(), properties.creditorIban(), properties.creditorBic(),
                properties.creditorId());
    }

    private String xml(DirectDebitBatch batch) {
        var out = new ByteArrayOutputStream();
        try {
            writer.write(batch, out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 could not be written", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Transactional(readOnly = true)
    public List<BatchView> batches() {
        return store.batches().stream().map(b -> new BatchView(b.id(), b.messageId(), b.collectionDate(),
                b.collected(), b.debits(), Money.ofCents(b.totalCents()))).toList();
    }

    @Transactional(readOnly = true)
    public String xml(long batchId) {
        return store.xml(batchId).orElseThrow(() -> new NotFoundException("batch"));
    }

    @Transactional(readOnly = true)
    public List<DebitView> debits(long batchId) {
        return store.debits(batchId).stream().map(d -> new DebitView(d.id(), d.householdId(), d.endToEndId(),
                d.rum(), d.sequenceType(), Money.ofCents(d.amountCents()), d.status(), d.rejectReason())).toList();
    }

    /** The bank has collected the batch: each debit becomes a payment (prélèvement) of its invoice. */
    public void markCollected(long batchId) {
        var batch = store.batches().stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new NotFoundException("batch"));
        if (!store.markBatchCollected(batchId)) {
            return;
        }
        for (var d : store.debits(batchId)) {
            if ("PENDING".equals(d.status())) {
                long paymentId = ledger.recordPayment(d.householdId(), batch.collectionDate(),
                        PaymentMode.DIRECT_DEBIT, d.amountCents(), "Prélèvement " + d.endToEndId(), d.invoiceId());
                store.collected(d.id(), paymentId);
            }
        }
    }

    /** The bank rejected or returned a debit: the invoice is unpaid again (and may go in a later batch). */
    public void reject(long debitId, String reason) {
        var debit = store.lockDebit(debitId).orElseThrow(() -> new NotFoundException("debit"));
        if ("REJECTED".equals(debit.status())) {
            return;
        }
        if (debit.paymentId() != null) {
            ledgerStore.lockHousehold(debit.householdId());
            ledgerStore.reversePayment(debit.paymentId(), LocalDate.now(clock));
        }
        store.rejected(debitId, reason);
    }
}
