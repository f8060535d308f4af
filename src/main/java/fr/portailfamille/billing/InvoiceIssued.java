package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/** Published when an invoice is issued (messaging turns it into a message for the family). */
public record InvoiceIssued(long invoiceId, long householdId, String number, LocalDate issueDate, LocalDate dueDate,
                            Money amount) {
}
