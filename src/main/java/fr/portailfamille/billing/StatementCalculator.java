package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.Money;

/**
 * Derives every figure of the statement from invoices, payments, allocations and credit notes: nothing derived is
 * stored. This is the one place where the previous balance of an invoice is computed: what was invoiced before it,
 * less the payments and credit notes dated before its issue date.
 */
final class StatementCalculator {

    private StatementCalculator() {
    }

    static AccountStatement compute(List<LedgerStore.InvoiceRow> invoices, List<LedgerStore.PaymentRow> payments,
                                    List<LedgerStore.AllocationRow> allocations,
                                    List<LedgerStore.CreditNoteRow> creditNotes, LocalDate today) {
        Map<Long, Long> paidByInvoice = new HashMap<>();
        Map<Long, Long> allocatedByPayment = new HashMap<>();
        Map<Long, Long> creditedByInvoice = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        invoices.forEach(i -> numbers.put(i.id(), i.number()));
        for (var a : allocations) {
            paidByInvoice.merge(a.invoiceId(), a.amountCents(), Long::sum);
            allocatedByPayment.merge(a.paymentId(), a.amountCents(), Long::sum);
        }
        creditNotes.forEach(c -> creditedByInvoice.merge(c.invoiceId(), c.amountCents(), Long::sum));
        List<InvoiceLine> invoiceLines = new ArrayList<>();
        long invoicedBefore = 0;
        long olderRemaining = 0;
        for (var i : invoices) {
            long paidBefore = payments.stream().filter(p -> p.receivedOn().isBefore(i.issueDate()))
                    .mapToLong(LedgerStore.PaymentRow::amountCents).sum();
            long creditedBefore = creditNotes.stream().filter(c -> c.issueDate().isBefore(i.issueDate()))
                    .mapToLong(LedgerStore.CreditNoteRow::amountCents).sum();
            long previousBalance = invoicedBefore - paidBefore - creditedBefore;
            long paid = paidByInvoice.getOrDefault(i.id(), 0L);
            long credited = creditedByInvoice.getOrDefault(i.id(), 0L);
            long remaining = Math.max(0, i.amountCents() - paid - credited);
            // of the previous balance this invoice carries, what the older invoices still owe today
            long previousStillOwed = Math.max(0, Math.min(previousBalance, olderRemaining));
            long settledOfPrevious = Math.max(0, previousBalance - previousStillOwed);
            invoiceLines.add(new InvoiceLine(i.id(), i.number(), i.issueDate(), i.periodStart(), i.periodEnd(),
                    i.dueDate(), Money.ofCents(i.amountCents()), Money.ofCents(previousBalance), Money.ofCents(paid),
                    Money.ofCents(credited), Money.ofCents(remaining), Money.ofCents(previousStillOwed),
                    status(paid + settledOfPrevious, remaining + previousStillOwed, i.dueDate(), today)));
            invoicedBefore += i.amountCents();
            olderRemaining += remaining;
        }
        List<PaymentLine> paymentLines = new ArrayList<>();
        long paidTotal = 0;
        for (var p : payments) {
            var settled = allocations.stream().filter(a -> a.paymentId() == p.id())
                    .map(a -> new PaymentLine.Settlement(numbers.get(a.invoiceId()), Money.ofCents(a.amountCents())))
                    .toList();
            long unallocated = p.amountCents() - allocatedByPayment.getOrDefault(p.id(), 0L);
            paymentLines.add(new PaymentLine(p.id(), p.receivedOn(), PaymentMode.valueOf(p.method()),
                    Money.ofCents(p.amountCents()), p.reference(), settled, Money.ofCents(unallocated)));
            paidTotal += p.amountCents();
        }
        List<CreditNoteLine> creditLines = new ArrayList<>();
        long creditedTotal = 0;
        for (var c : creditNotes) {
            creditLines.add(new CreditNoteLine(c.id(), c.number(), c.issueDate(), numbers.get(c.invoiceId()),
                    Money.ofCents(c.amountCents()), c.reason()));
            creditedTotal += c.amountCents();
        }
        invoiceLines.sort(Comparator.comparing(InvoiceLine::issueDate).thenComparing(InvoiceLine::id).reversed());
        paymentLines.sort(Comparator.comparing(PaymentLine::receivedOn).thenComparing(PaymentLine::id).reversed());
        creditLines.sort(Comparator.comparing(CreditNoteLine::issueDate).thenComparing(CreditNoteLine::id).reversed());
        return new AccountStatement(invoiceLines, paymentLines, creditLines,
                Money.ofCents(invoicedBefore - paidTotal - creditedTotal));
    }

    static InvoiceStatus status(long paid, long remaining, LocalDate dueDate, LocalDate today) {
        if (remaining <= 0) {
            return InvoiceStatus.PAID;
        }
        if (today.isAfter(dueDate)) {
            return InvoiceStatus.OVERDUE;
        }
        return paid > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.UNPAID;
    }
}
