package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/**
 * An invoice on the statement. The previous balance is what was still owed when it was issued;
 * the total to pay is that plus this period, as the seed's rule has it. Paid, credited (credit notes) and
 * remaining concern this period's amount only, so that nothing is counted twice in the balance;
 * {@code previousStillOwed} is what of the previous balance the older invoices still owe today. What a parent
 * still has to pay on this invoice is both ({@link #stillToPay()}), and its status says so: an invoice whose
 * period is paid is not « Payée » while its previous balance is still owed.
 */
public record InvoiceLine(long id, String number, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                          LocalDate dueDate, Money amount, Money previousBalance, Money paid, Money credited,
                          Money remaining, Money previousStillOwed, InvoiceStatus status) {

    public Money totalToPay() {
        return previousBalance.plus(amount);
    }

    /** Still to pay on this invoice: what remains of its period and of the previous balance it carries. */
    public Money stillToPay() {
        return remaining.plus(previousStillOwed);
    }

    /** What of the total to pay has been settled (payments and credit notes) since it was issued. */
    public Money settledOfTotal() {
        Money settled = totalToPay().minus(stillToPay());
        return settled.isNegative() ? Money.ZERO : settled;
    }
}
