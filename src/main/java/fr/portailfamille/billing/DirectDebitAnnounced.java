package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/**
 * Pre-notification of a direct debit (at least 14 days before the collection date): messaging tells the family
 * the amount, the date, the invoice, the mandate reference (RUM) and the creditor with its identifier (ICS).
 * Carries no IBAN.
 */
public record DirectDebitAnnounced(long householdId, String invoiceNumber, Money amount, LocalDate collectionDate,
                                   String mandateReference, String creditorId, String creditorName) {
}
