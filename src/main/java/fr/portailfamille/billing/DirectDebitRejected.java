package fr.portailfamille.billing;

import fr.portailfamille.shared.Money;

/**
 * The bank rejected or returned a direct debit (R-transaction): the invoice is unpaid again. Messaging tells the
 * family (inbox and e-mail notice) with the reason in words. Carries no IBAN.
 *
 * @param reasonCode ISO reason code (AM04, MD01…), or "" when the bank gave none (a manual entry)
 * @param reason     the reason in French, as the family reads it
 */
public record DirectDebitRejected(long householdId, String invoiceNumber, Money amount, String reasonCode,
                                  String reason) {
}
