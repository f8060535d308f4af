package fr.portailfamille.billing;

import fr.portailfamille.shared.Money;

/** Back-office counters. */
public record BillingTotals(long unpaidInvoices, Money unpaidAmount) {
}
