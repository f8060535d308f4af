package fr.portailfamille.billing;

import fr.portailfamille.shared.Money;

/** Published when a credit note (avoir) corrects an issued invoice. */
public record CreditNoteIssued(long creditNoteId, long householdId, String number, String invoiceNumber,
                               Money amount) {
}
