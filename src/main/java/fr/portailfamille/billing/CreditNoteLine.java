package fr.portailfamille.billing;

import java.time.LocalDate;

import fr.portailfamille.shared.Money;

/** A credit note (avoir) on the statement: it reduces what is owed on one invoice. */
public record CreditNoteLine(long id, String number, LocalDate issueDate, String invoiceNumber, Money amount,
                             String reason) {
}
