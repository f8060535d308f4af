package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/**
 * An invoice on the statement. The previous balance is what was still owed when it was issued;
 * the total to pay is that plus this period, as the seed's rule has it. Paid, credited (credit notes) and
 * remaining concern this period's amount only, so that nothing is counted twice in the balance.
 */
public record InvoiceLine(long id, String number, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                          LocalDate dueDate, Money amount, Money previousBalance, Money paid, Money credited,
                          Money remaining, InvoiceStatus status) {

    public Money totalToPay() {
        return previousBalance.plus(amount);
    }
}
