package fr.portailfamille.billing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a SEPA Core Direct Debit initiation file, ISO 20022 pain.008.001.08 (EPC rulebook 2019+).
 *
 * <p>One payment information ({@code PmtInf}) is written per sequence type present in the batch, in the order
 * FRST, RCUR, FNAL, OOFF, as banks require. Amounts are integer cents formatted with {@link SepaAmount}. Names are
 * truncated to 70 characters and all free text is restricted to the SEPA Latin character set ({@link SepaText}).
 * The whole batch is checked before anything is written, so an invalid batch never produces a partial file.
 */
class Pain008Writer {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

    /** EPC limit for names (the XSD allows 140). */
    static final int MAX_NAME_LENGTH = 70;
    /** Unstructured remittance information limit. */
    static final int MAX_REMITTANCE_LENGTH = 140;
    /** Room left in PmtInfId (Max35Text) for the "-FRST" suffix. */
    private static final int PMT_INF_ID_PREFIX_LENGTH = 30;

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern CREDITOR_ID = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Za-z0-9]{1,31}");

    private final XMLOutputFactory outputFactory = XMLOutputFactory.newFactory();

    /**
     * Writes the batch as a UTF-8 pain.008.001.08 document. The stream is not closed.
     *
     * @throws IllegalArgumentException if the batch is empty, an amount is not positive, or a field cannot be
     *                                  written (invalid IBAN, BIC, identifier, text empty once sanitised...)
     * @throws XMLStreamException       if writing fails
     */
    void write(DirectDebitBatch batch, OutputStream out) throws XMLStreamException {
        Document doc = prepare(batch);
        XMLStreamWriter xml = outputFactory.createXMLStreamWriter(out, "UTF-8");
        try {
            writeDocument(xml, doc);
            xml.flush();
        } finally {
            xml.close();
        }
    }

    /** Convenience: the document as UTF-8 bytes. Same checks as {@link #write(DirectDebitBatch, OutputStream)}. */
    byte[] toBytes(DirectDebitBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(batch, out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write pain.008 document", e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- checking and normalising

    private record Document(String messageId, Instant createdAt, int count, long totalCents, String creditorName,
                            String creditorIban, String creditorBic, String creditorId, String collectionDate,
                            List<PaymentInfo> paymentInfos) {
    }

    private record PaymentInfo(String id, SequenceType sequenceType, long totalCents, List<Transaction> txs) {
    }

    private record Transaction(String endToEndId, long amountCents, String mandateId, String signatureDate,
                               String debtorName, String debtorIban, String debtorBic, String remittanceInfo,
                               DirectDebit.Amendment amendment) {
    }

    private Document prepare(DirectDebitBatch batch) {
        if (batch.debits().isEmpty()) {
            throw new IllegalArgumentException("Empty direct debit batch " + batch.messageId());
        }
        String messageId = SepaText.requireIdentifier(batch.messageId(), "messageId");
        Creditor creditor = batch.creditor();
        String creditorId = SepaText.requireIdentifier(creditor.creditorId().strip(), "creditorId");
        if (!CREDITOR_ID.matcher(creditorId).matches()) {
            throw new IllegalArgumentException("Invalid SEPA creditor identifier (ICS): " + creditorId);
        }

        Map<SequenceType, List<Transaction>> bySequence = new EnumMap<>(SequenceType.class);
        long total = 0;
        for (DirectDebit debit : batch.debits()) {
            if (debit.amountCents() <= 0) {
                throw new IllegalArgumentException("Non-positive amount " + debit.amountCents()
                        + " cents for " + debit.endToEndId());
            }
            total = Math.addExact(total, debit.amountCents());
            Transaction tx = new Transaction(
                    SepaText.requireIdentifier(debit.endToEndId(), "endToEndId"),
                    debit.amountCents(),
                    SepaText.requireIdentifier(debit.mandateReference(), "mandateReference"),
                    debit.mandateSignatureDate().toString(),
                    SepaText.requireText(debit.debtorName(), MAX_NAME_LENGTH, "debtorName"),
                    iban(debit.debtorIban(), "debtorIban"),
                    debit.debtorBic() == null || debit.debtorBic().isBlank() ? null : bic(debit.debtorBic(), "debtorBic"),
                    SepaText.requireText(debit.remittanceInfo(), MAX_REMITTANCE_LENGTH, "remittanceInfo"),
                    amendment(debit.amendment()));
            bySequence.computeIfAbsent(debit.sequenceType(), k -> new ArrayList<>()).add(tx);
        }

        String idPrefix = messageId.length() > PMT_INF_ID_PREFIX_LENGTH
                ? messageId.substring(0, PMT_INF_ID_PREFIX_LENGTH) : messageId;
        List<PaymentInfo> paymentInfos = new ArrayList<>();
        bySequence.forEach((sequenceType, txs) -> paymentInfos.add(new PaymentInfo(
                idPrefix + "-" + sequenceType.name(), sequenceType,
                txs.stream().mapToLong(Transaction::amountCents).reduce(0L, Math::addExact), List.copyOf(txs))));

        return new Document(messageId, batch.createdAt().truncatedTo(ChronoUnit.SECONDS), batch.debits().size(),
                total, SepaText.requireText(creditor.name(), MAX_NAME_LENGTH, "creditor name"),
                iban(creditor.iban(), "creditor iban"), bic(creditor.bic(), "creditor bic"), creditorId,
                batch.collectionDate().toString(), List.copyOf(paymentInfos));
    }

    private static DirectDebit.Amendment amendment(DirectDebit.Amendment amendment) {
        if (amendment == null || amendment.newDebtorAgent()) {
            return amendment;
        }
        return DirectDebit.Amendment.accountChanged(iban(amendment.originalDebtorIban(), "originalDebtorIban"));
    }

    private static String iban(String value, String field) {
        String iban = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(iban).matches()) {
            throw new IllegalArgumentException("Invalid IBAN for " + field + ": " + value);
        }
        return iban;
    }

    private static String bic(String value, String field) {
        String bic = value.strip().toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bic).matches()) {
            throw new IllegalArgumentException("Invalid BIC for " + field + ": " + value);
        }
        return bic;
    }

    // ---------------------------------------------------------------- XML

    private static void writeDocument(XMLStreamWriter xml, Document doc) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "CstmrDrctDbtInitn");

        start(xml, "GrpHdr");
        leaf(xml, "MsgId", doc.messageId());
        leaf(xml, "CreDtTm", doc.createdAt().toString());
        leaf(xml, "NbOfTxs", Integer.toString(doc.count()));
        leaf(xml, "CtrlSum", SepaAmount.format(doc.totalCents()));
        start(xml, "InitgPty");
        leaf(xml, "Nm", doc.creditorName());
        end(xml); // InitgPty
        end(xml); // GrpHdr

        for (PaymentInfo pmtInf : doc.paymentInfos()) {
            writePaymentInfo(xml, doc, pmtInf);
        }

        end(xml); // CstmrDrctDbtInitn
        end(xml); // Document
        xml.writeEndDocument();
    }

    private static void writePaymentInfo(XMLStreamWriter xml, Document doc, PaymentInfo pmtInf)
            throws XMLStreamException {
        start(xml, "PmtInf");
        leaf(xml, "PmtInfId", pmtInf.id());
        leaf(xml, "PmtMtd", "DD");
        leaf(xml, "NbOfTxs", Integer.toString(pmtInf.txs().size()));
        leaf(xml, "CtrlSum", SepaAmount.format(pmtInf.totalCents()));
        start(xml, "PmtTpInf");
        start(xml, "SvcLvl");
        leaf(xml, "Cd", "SEPA");
        end(xml);
        start(xml, "LclInstrm");
        leaf(xml, "Cd", "CORE");
        end(xml);
        leaf(xml, "SeqTp", pmtInf.sequenceType().name());
        end(xml); // PmtTpInf
        leaf(xml, "ReqdColltnDt", doc.collectionDate());
        start(xml, "Cdtr");
        leaf(xml, "Nm", doc.creditorName());
        end(xml);
        account(xml, "CdtrAcct", doc.creditorIban());
        agent(xml, "CdtrAgt", doc.creditorBic());
        leaf(xml, "ChrgBr", "SLEV");
        start(xml, "CdtrSchmeId");
        start(xml, "Id");
        start(xml, "PrvtId");
        start(xml, "Othr");
        leaf(xml, "Id", doc.creditorId());
        start(xml, "SchmeNm");
        leaf(xml, "Prtry", "SEPA");
        end(xml); // SchmeNm
        end(xml); // Othr
        end(xml); // PrvtId
        end(xml); // Id
        end(xml); // CdtrSchmeId
        for (Transaction tx : pmtInf.txs()) {
            writeTransaction(xml, tx);
        }
        end(xml); // PmtInf
    }

    private static void writeTransaction(XMLStreamWriter xml, Transaction tx) throws XMLStreamException {
        start(xml, "DrctDbtTxInf");
        start(xml, "PmtId");
        leaf(xml, "EndToEndId", tx.endToEndId());
        end(xml);
        start(xml, "InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(SepaAmount.format(tx.amountCents()));
        end(xml);
        start(xml, "DrctDbtTx");
        start(xml, "MndtRltdInf");
        leaf(xml, "MndtId", tx.mandateId());
        leaf(xml, "DtOfSgntr", tx.signatureDate());
        if (tx.amendment() != null) {
            leaf(xml, "AmdmntInd", "true");
            start(xml, "AmdmntInfDtls");
            start(xml, "OrgnlDbtrAcct");
            start(xml, "Id");
            if (tx.amendment().newDebtorAgent()) {
                // EPC implementation guidelines: "SMNDA" (same mandate, new debtor agent) in the original account
                start(xml, "Othr");
                leaf(xml, "Id", "SMNDA");
                end(xml);
            } else {
                leaf(xml, "IBAN", tx.amendment().originalDebtorIban());
            }
            end(xml); // Id
            end(xml); // OrgnlDbtrAcct
            end(xml); // AmdmntInfDtls
        }
        end(xml); // MndtRltdInf
        end(xml); // DrctDbtTx
        agent(xml, "DbtrAgt", tx.debtorBic());
        start(xml, "Dbtr");
        leaf(xml, "Nm", tx.debtorName());
        end(xml);
        account(xml, "DbtrAcct", tx.debtorIban());
        start(xml, "RmtInf");
        leaf(xml, "Ustrd", tx.remittanceInfo());
        end(xml);
        end(xml); // DrctDbtTxInf
    }

    private static void account(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
        start(xml, name);
        start(xml, "Id");
        leaf(xml, "IBAN", iban);
        end(xml);
        end(xml);
    }

    /** Financial institution by BIC, or {@code Othr/Id NOTPROVIDED} when the BIC is unknown. */
    private static void agent(XMLStreamWriter xml, String name, String bic) throws XMLStreamException {
        start(xml, name);
        start(xml, "FinInstnId");
        if (bic != null) {
            leaf(xml, "BICFI", bic);
        } else {
            start(xml, "Othr");
            leaf(xml, "Id", "NOTPROVIDED");
            end(xml);
        }
        end(xml); // FinInstnId
        end(xml);
    }

    private static void start(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
    }

    private static void leaf(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
