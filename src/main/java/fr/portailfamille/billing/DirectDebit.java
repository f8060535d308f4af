package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One SEPA direct debit transaction.
 *
 * @param endToEndId            end-to-end reference, returned to the creditor in R-transactions
 * @param amountCents           amount in euro cents (must be positive, checked by the writer)
 * @param mandateReference      unique mandate reference (RUM)
 * @param mandateSignatureDate  date the mandate was signed
 * @param sequenceType          FRST, RCUR, FNAL or OOFF
 * @param debtorName            account holder name
 * @param debtorIban            debtor IBAN (spaces allowed, removed when written)
 * @param debtorBic             debtor bank BIC, or {@code null} when unknown (written as NOTPROVIDED)
 * @param remittanceInfo        unstructured remittance information (libellé)
 */
record DirectDebit(
        String endToEndId,
        long amountCents,
        String mandateReference,
        LocalDate mandateSignatureDate,
        SequenceType sequenceType,
        String debtorName,
        String debtorIban,
        String debtorBic,
        String remittanceInfo) {

    DirectDebit {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(mandateReference, "mandateReference");
        Objects.requireNonNull(mandateSignatureDate, "mandateSignatureDate");
        Objects.requireNonNull(sequenceType, "sequenceType");
        Objects.requireNonNull(debtorName, "debtorName");
        Objects.requireNonNull(debtorIban, "debtorIban");
        Objects.requireNonNull(remittanceInfo, "remittanceInfo");
    }
}
