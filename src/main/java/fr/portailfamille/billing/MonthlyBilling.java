package fr.portailfamille.billing;

import java.time.YearMonth;

import fr.portailfamille.shared.Money;

/** A month's invoices (by issue date) and payments received (not reversed), for the back-office charts. */
public record MonthlyBilling(YearMonth month, Money invoiced, Money collected) {
}
