/**
 * Billing: invoices, payments and their allocation, the account statement and balance.
 * Face: {@link fr.portailfamille.billing.Statements} (reads) and {@link fr.portailfamille.billing.Ledger} (writes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Facturation")
package fr.portailfamille.billing;
