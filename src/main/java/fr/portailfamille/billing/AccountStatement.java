package fr.portailfamille.billing;

import java.util.List;

import fr.portailfamille.shared.Money;

/**
 * Relevé de compte: invoices newest first, payments newest first, credit notes newest first, and the balance as
 * of today = invoiced − paid − credit notes (positive: owed by the family; negative: the family's credit).
 */
public record AccountStatement(List<InvoiceLine> invoices, List<PaymentLine> payments,
                               List<CreditNoteLine> creditNotes, Money balance) {

    /** The invoices whose own period is not fully paid: their remainders add up to what is owed. */
    public List<InvoiceLine> unpaidInvoices() {
        return invoices.stream().filter(i -> i.remaining().isPositive()).toList();
    }

    public java.util.Optional<InvoiceLine> invoice(long invoiceId) {
        return invoices.stream().filter(i -> i.id() == invoiceId).findFirst();
    }

    /** What remains of the invoices past their due date (« impayé »): each invoice's own remainder. */
    public Money overdue() {
        return invoices.stream().filter(i -> i.status() == InvoiceStatus.OVERDUE).map(InvoiceLine::remaining)
                .reduce(Money.ZERO, Money::plus);
    }

    public Money owed() {
        return balance.isPositive() ? balance : Money.ZERO;
    }

    public Money credit() {
        return balance.isNegative() ? balance.negate() : Money.ZERO;
    }
}
