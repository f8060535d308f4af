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

    Statements(LedgerStore ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public AccountStatement statement(long householdId) {
        return StatementCalculator.compute(ledger.invoices(householdId), ledger.payments(householdId),
                ledger.allocations(householdId), ledger.creditNotes(householdId), LocalDate.now(clock));
    }

    public BillingTotals totals() {
        return new BillingTotals(ledger.unpaidInvoiceCount(), Money.ofCents(ledger.unpaidAmountCents()));
    }
}
