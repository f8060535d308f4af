package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of the billing module: issuing an invoice or a credit note, recording a payment. */
@Service
@Transactional
public class Ledger {

    private final LedgerStore store;
    private final ApplicationEventPublisher events;

    Ledger(LedgerStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Issues an invoice with the next gapless number of its issue year (e.g. 2026-000042). */
    public long issueInvoice(long householdId, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate dueDate, long amountCents) {
        String number = nextInvoiceNumber(issueDate);
        return store.insertInvoice(householdId, number, issueDate, periodStart, periodEnd, dueDate, amountCents);
    }

    String nextInvoiceNumber(LocalDate issueDate) {
        int year = issueDate.getYear();
        return "%d-%06d".formatted(year, store.nextInvoiceNumber(year));
    }

    /** Records a payment and allocates it to the oldest unpaid invoices; what is left is a credit. */
    public long recordPayment(long householdId, LocalDate receivedOn, PaymentMode mode, long amountCents,
                              String reference) {
        return recordPayment(householdId, receivedOn, mode, amountCents, reference, null);
    }

    /**
     * Records a payment and allocates it first to {@code firstInvoiceId} (when given, e.g. the invoice a family
     * paid online), then to the oldest unpaid invoices; what is left is a credit.
     */
    public long recordPayment(long householdId, LocalDate receivedOn, PaymentMode mode, long amountCents,
                              String reference, Long firstInvoiceId) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("payment amount must be positive");
        }
        store.lockHousehold(householdId);
        long paymentId = store.insertPayment(householdId, receivedOn, mode.name(), amountCents, reference);
        var statement = StatementCalculator.compute(store.invoices(householdId), store.payments(householdId),
                store.allocations(householdId), store.creditNotes(householdId), receivedOn);
        List<InvoiceLine> order = new ArrayList<>(statement.unpaidInvoices());
        Collections.reverse(order);
        if (firstInvoiceId != null) {
            order.sort((a, b) -> Boolean.compare(b.id() == firstInvoiceId, a.id() == firstInvoiceId));
        }
        long left = amountCents;
        for (var invoice : order) {
            if (left == 0) {
                break;
            }
            long part = Math.min(left, invoice.remaining().cents());
            if (part > 0) {
                store.insertAllocation(paymentId, invoice.id(), part);
                left -= part;
            }
        }
        return paymentId;
    }

    /**
     * Issues a credit note (avoir) on an invoice of the household: the invoice is not changed, the credit note
     * reduces what is owed (or becomes a credit when the invoice was already paid). Numbered AV-year-000001.
     *
     * @throws NotFoundException        if the invoice is not the household's
     * @throws IllegalArgumentException if the credit notes on the invoice would exceed its amount
     */
    public long issueCreditNote(long householdId, long invoiceId, LocalDate issueDate, long amountCents,
                                String reason) {
        store.lockHousehold(householdId);
        var invoice = store.invoice(householdId, invoiceId).orElseThrow(() -> new NotFoundException("invoice"));
        if (amountCents <= 0 || store.creditedCents(invoiceId) + amountCents > invoice.amountCents()) {
            throw new IllegalArgumentException("credit note exceeds the invoice");
        }
        int year = issueDate.getYear();
        String number = "AV-%d-%06d".formatted(year, store.nextCreditNoteNumber(year));
        long id = store.insertCreditNote(householdId, invoiceId, number, issueDate, amountCents, reason);
        events.publishEvent(new CreditNoteIssued(id, householdId, number, invoice.number(),
                fr.portailfamille.shared.Money.ofCents(amountCents)));
        return id;
    }
}
