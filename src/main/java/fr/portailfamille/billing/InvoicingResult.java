package fr.portailfamille.billing;

import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.shared.Money;

/**
 * What a monthly run did: invoices issued, their total, and the households left for a later run with the reason
 * (a missing price, a child the family module does not know).
 */
public record InvoicingResult(YearMonth month, int invoices, int days, Money total, List<Skipped> skipped)
        implements java.io.Serializable {

    public record Skipped(long householdId, String reason, String detail) implements java.io.Serializable {
    }
}
