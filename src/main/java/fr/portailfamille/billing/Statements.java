package fr.portailfamille.billing;

import java.time.Clock;
import java.time.LocalDate;

import fr.portailfamille.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the billing module: a household's statement and the back-office totals. */
@Service
@Transactional(readOnly = true)
public class Statements {

    private final LedgerStore ledger;
    private final Clock clock;
    private final PaymentMethods paymentMethods;

    Statements(LedgerStore ledger, Clock clock, PaymentMethods paymentMethods) {
        this.ledger = ledger;
        this.clock = clock;
        this.paymentMethods = paymentMethods;
    }

    /**
     * What the household owes on invoices past their due date, and how it can pay (online, or the offline text
     * while online payment is off): the agenda's booking rule on unpaid invoices.
     */
    public OverdueBalance overdue(long householdId) {
        return new OverdueBalance(statement(householdId).overdue(), paymentMethods.online(), paymentMethods.text());
    }

    public AccountStatement statement(long householdId) {
        return StatementCalculator.compute(ledger.invoices(householdId), ledger.payments(householdId),
                ledger.allocations(householdId), ledger.creditNotes(householdId), LocalDate.now(clock));
    }

    /** Invoiced and collected per month, from the month of {@code from} to the month of {@code to}. */
    public java.util.List<MonthlyBilling> monthly(LocalDate from, LocalDate to) {
        java.time.YearMonth first = java.time.YearMonth.from(from);
        java.time.YearMonth last = java.time.YearMonth.from(to);
        LocalDate start = first.atDay(1);
        LocalDate end = last.atEndOfMonth();
        return BillingHistory.monthly(first, last, ledger.invoicedByMonth(start, end),
                ledger.collectedByMonth(start, end));
    }

    /** The unpaid amount past due by age at the end of each month of the period (the current one: today). */
    public java.util.List<UnpaidByAge> unpaidByAge(LocalDate from, LocalDate to) {
        var days = BillingHistory.monthEnds(from, to, LocalDate.now(clock));
        if (days.isEmpty()) {
            return java.util.List.of();
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        var owed = ledger.owedBetween(first, last);
        var settled = ledger.settledBetween(first, last);
        return days.stream().map(d -> BillingHistory.unpaidOn(d, owed, settled)).toList();
    }

    public BillingTotals totals() {
        return new BillingTotals(ledger.unpaidInvoiceCount(), Money.ofCents(ledger.unpaidAmountCents()));
    }
}
