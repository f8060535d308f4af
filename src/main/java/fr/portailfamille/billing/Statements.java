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

    public BillingTotals totals() {
        return new BillingTotals(ledger.unpaidInvoiceCount(), Money.ofCents(ledger.unpaidAmountCents()));
    }
}
