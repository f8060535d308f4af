package fr.portailfamille.billing;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of the billing module: issuing an invoice, recording a payment. */
@Service
@Transactional
public class Ledger {

    private final LedgerStore store;

    Ledger(LedgerStore store) {
        this.store = store;
    }

    /** Issues an invoice with the next gapless number of its issue year (e.g. 2026-000042). */
    public long issueInvoice(long householdId, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                             LocalDate dueDate, long amountCents) {
        int year = issueDate.getYear();
        String number = "%d-%06d".formatted(year, store.nextInvoiceNumber(year));
        return store.insertInvoice(householdId, number, issueDate, periodStart, periodEnd, dueDate, amountCents);
    }

    /** Records a payment and allocates it to the oldest unpaid invoices; what is left is a credit. */
    public long recordPayment(long householdId, LocalDate receivedOn, PaymentMode mode, long amountCents,
                              String reference) {
        store.lockHousehold(householdId);
        long paymentId = store.insertPayment(householdId, receivedOn, mode.name(), amountCents, reference);
        var statement = StatementCalculator.compute(store.invoices(householdId), store.payments(householdId),
                store.allocations(householdId), receivedOn);
        long left = amountCents;
        var unpaidOldestFirst = new java.util.ArrayList<>(statement.unpaidInvoices());
        java.util.Collections.reverse(unpaidOldestFirst);
        for (var invoice : unpaidOldestFirst) {
            if (left == 0) {
                break;
            }
            long part = Math.min(left, invoice.remaining().cents());
            store.insertAllocation(paymentId, invoice.id(), part);
            left -= part;
        }
        return paymentId;
    }
}
