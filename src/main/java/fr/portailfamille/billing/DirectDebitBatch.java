package fr.portailfamille.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A SEPA Direct Debit remittance: one pain.008 message.
 *
 * @param messageId       unique message identification (GrpHdr/MsgId, max 35 characters)
 * @param createdAt       creation timestamp (GrpHdr/CreDtTm)
 * @param creditor        the collecting creditor
 * @param collectionDate  requested collection date (ReqdColltnDt)
 * @param debits          the transactions (immutable copy)
 */
record DirectDebitBatch(
        String messageId,
        Instant createdAt,
        Creditor creditor,
        LocalDate collectionDate,
        List<DirectDebit> debits) {

    DirectDebitBatch {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(collectionDate, "collectionDate");
        debits = List.copyOf(Objects.requireNonNull(debits, "debits"));
    }
}
