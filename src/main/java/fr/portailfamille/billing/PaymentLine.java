package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.Money;

/** A payment on the statement, with the invoices it settled and what is left as credit. */
public record PaymentLine(long id, LocalDate receivedOn, PaymentMode mode, Money amount, String reference,
                          List<Settlement> settled, Money unallocated) {

    public record Settlement(String invoiceNumber, Money amount) {
    }
}
