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
 * @param amendment             the mandate's change since its last collection, or {@code null}
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
        String remittanceInfo,
        Amendment amendment) {

    /**
     * A change to the mandate told to the debtor's bank with the next collection ({@code AmdmntInd} true): the
     * debtor's account changed within the same bank (the original IBAN is given), or the debtor moved to another
     * bank ({@code SMNDA}, same mandate new debtor agent; the sequence then starts again at FRST).
     */
    record Amendment(String originalDebtorIban, boolean newDebtorAgent) {

        static Amendment accountChanged(String originalIban) {
            return new Amendment(Objects.requireNonNull(originalIban), false);
        }

        static Amendment newBank() {
            return new Amendment(null, true);
        }

        @Override
        public String toString() {
            return newDebtorAgent ? "Amendment[SMNDA]" : "Amendment[account]";
        }
    }

    DirectDebit(String endToEndId, long amountCents, String mandateReference, LocalDate mandateSignatureDate,
                SequenceType sequenceType, String debtorName, String debtorIban, String debtorBic,
                String remittanceInfo) {
        this(endToEndId, amountCents, mandateReference, mandateSignatureDate, sequenceType, debtorName, debtorIban,
                debtorBic, remittanceInfo, null);
    }

    @Override
    public String toString() {
        return "DirectDebit[" + endToEndId + ", " + sequenceType + "]";
    }

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
