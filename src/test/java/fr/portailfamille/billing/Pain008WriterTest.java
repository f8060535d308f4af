package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class Pain008WriterTest {

    private static final Creditor CREDITOR = new Creditor(
            "Mairie de Saint-Étienne – Service Jeunesse", "FR76 3000 6000 0112 3456 7890 189", "BNPAFRPPXXX",
            "FR12ZZZ123456");

    private static final DirectDebit FIRST = new DirectDebit("E2E-0001", 1050, "RUM-2026-0001",
            LocalDate.of(2025, 9, 1), SequenceType.FRST, "Élodie Lefèvre", "FR14 2004 1010 0505 0001 3M02 606",
            null, "Cantine septembre – Zoé & Noël");
    private static final DirectDebit RECURRENT_1 = new DirectDebit("E2E-0002", 2399, "RUM-2025-0042",
            LocalDate.of(2024, 6, 15), SequenceType.RCUR, "Jean-François Cœur", "FR1420041010050500013M02606",
            "PSSTFRPPPAR", "Accueil de loisirs août");
    private static final DirectDebit RECURRENT_2 = new DirectDebit("E2E-0003", 100001, "RUM-2025-0043",
            LocalDate.of(2023, 1, 31), SequenceType.RCUR, "Gaëlle Ødegård", "DE89370400440532013000",
            "DEUTDEFF", "Séjour été");

    private static Schema schema;

    private final Pain008Writer writer = new Pain008Writer();

    @BeforeAll
    static void loadSchema() throws SAXException {
        URL xsd = Pain008WriterTest.class.getResource("/iso20022/pain.008.001.08.xsd");
        assertThat(xsd).as("XSD on the test classpath").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(xsd);
    }

    private static DirectDebitBatch batch(DirectDebit... debits) {
        return new DirectDebitBatch("PF-2026-10-0001", Instant.parse("2026-10-01T08:30:15.123Z"), CREDITOR,
                LocalDate.of(2026, 10, 10), List.of(debits));
    }

    private static DirectDebitBatch sampleBatch() {
        return batch(FIRST, RECURRENT_1, RECURRENT_2);
    }

    private static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? Pain008Writer.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }

    private static String text(Document doc, String expression) throws Exception {
        return xpath().evaluate(expression, doc);
    }

    private static int count(Document doc, String expression) throws Exception {
        return ((NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET)).getLength();
    }

    private static final String TX = "/p:Document/p:CstmrDrctDbtInitn/p:PmtInf/p:DrctDbtTxInf";

    private static String tx(String endToEndId) {
        return TX + "[p:PmtId/p:EndToEndId='" + endToEndId + "']";
    }

    // ------------------------------------------------------------------ schema validation

    @Test
    void documentWithFrstAndRcurDebitsIsValidAgainstTheXsd() {
        String xml = new String(writer.toBytes(sampleBatch()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void documentWithAllFourSequenceTypesIsValidAgainstTheXsd() {
        DirectDebit last = new DirectDebit("E2E-0004", 500, "RUM-4", LocalDate.of(2022, 2, 2), SequenceType.FNAL,
                "Luc Martin", "FR7630006000011234567890189", "AGRIFRPP882", "Dernier prélèvement");
        DirectDebit oneOff = new DirectDebit("E2E-0005", 9999, "RUM-5", LocalDate.of(2026, 9, 30),
                SequenceType.OOFF, "Anaïs Dubois", "FR7630006000011234567890189", null, "Séjour ski");

        String xml = new String(writer.toBytes(batch(oneOff, last, RECURRENT_1, FIRST)), StandardCharsets.UTF_8);

        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void anAmendedMandateCarriesTheIndicatorAndTheOriginalAccountOrSmndaAndIsValid() throws Exception {
        DirectDebit sameBank = new DirectDebit("E2E-A1", 1_200, "RUM-A1", LocalDate.of(2025, 1, 2), SequenceType.RCUR,
                "Luc Martin", "FR7630006000011234567890189", null, "Facture 1",
                DirectDebit.Amendment.accountChanged("FR76 3000 6000 0198 7654 3210 943"));
        DirectDebit otherBank = new DirectDebit("E2E-A2", 3_400, "RUM-A2", LocalDate.of(2025, 1, 2),
                SequenceType.FRST, "Anaïs Dubois", "FR7620041010050500013M02606", null, "Facture 2",
                DirectDebit.Amendment.newBank());
        byte[] bytes = writer.toBytes(batch(sameBank, otherBank, RECURRENT_1));
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertThatCode(() -> validate(xml)).doesNotThrowAnyException();
        Document doc = parse(bytes);
        String mandate = "/p:DrctDbtTx/p:MndtRltdInf";
        assertThat(text(doc, tx("E2E-A1") + mandate + "/p:AmdmntInd")).isEqualTo("true");
        assertThat(text(doc, tx("E2E-A1") + mandate + "/p:AmdmntInfDtls/p:OrgnlDbtrAcct/p:Id/p:IBAN"))
                .isEqualTo("FR7630006000019876543210943");
        assertThat(text(doc, tx("E2E-A2") + mandate + "/p:AmdmntInd")).isEqualTo("true");
        assertThat(text(doc, tx("E2E-A2") + mandate + "/p:AmdmntInfDtls/p:OrgnlDbtrAcct/p:Id/p:Othr/p:Id"))
                .isEqualTo("SMNDA");
        assertThat(text(doc, "/p:Document/p:CstmrDrctDbtInitn/p:PmtInf[p:DrctDbtTxInf/p:PmtId/p:EndToEndId='E2E-A2']"
                + "/p:PmtTpInf/p:SeqTp")).isEqualTo("FRST");
        assertThat(count(doc, "//p:AmdmntInd")).isEqualTo(2);
        // an amendment indicator out of place is refused by the schema: the check is real
        assertThatThrownBy(() -> validate(xml.replaceFirst("<DtOfSgntr>([^<]*)</DtOfSgntr><AmdmntInd>true</AmdmntInd>",
                "<AmdmntInd>true</AmdmntInd><DtOfSgntr>$1</DtOfSgntr>"))).isInstanceOf(SAXException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "old BIC element instead of BICFI | BICFI>                 | BIC>",
        "misspelt element name            | ChrgBr>                | ChargeBr>",
        "unknown sequence type            | >FRST</SeqTp>          | >FIRST</SeqTp>",
        "both Cd and Prtry in SvcLvl      | <Cd>SEPA</Cd></SvcLvl> | <Cd>SEPA</Cd><Prtry>SEPA</Prtry></SvcLvl>",
        "negative instructed amount       | EUR\">10.50<           | EUR\">-10.50<",
        "instructed amount without Ccy    | Ccy=\"EUR\"             | ''",
        "IBAN with lower-case country     | <IBAN>FR76             | <IBAN>fr76",
    })
    void brokenDocumentIsRejectedByTheValidator(String description, String from, String to) throws Exception {
        String valid = new String(writer.toBytes(sampleBatch()), StandardCharsets.UTF_8);
        validate(valid); // the unmodified document is valid: only the deliberate change can break it
        assertThat(valid).contains(from);

        String broken = valid.replace(from, to);
        // a well-formed document, so the rejection really comes from the schema
        parse(broken.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> validate(broken))
                .as(description)
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("cvc-");
    }

    // ------------------------------------------------------------------ content

    @Test
    void groupHeaderHasTransactionCountAndControlSum() throws Exception {
        Document doc = parse(writer.toBytes(sampleBatch()));

        String grpHdr = "/p:Document/p:CstmrDrctDbtInitn/p:GrpHdr/";
        assertThat(text(doc, grpHdr + "p:MsgId")).isEqualTo("PF-2026-10-0001");
        assertThat(text(doc, grpHdr + "p:CreDtTm")).isEqualTo("2026-10-01T08:30:15Z");
        assertThat(text(doc, grpHdr + "p:NbOfTxs")).isEqualTo("3");
        // 1050 + 2399 + 100001 = 103450 cents
        assertThat(text(doc, grpHdr + "p:CtrlSum")).isEqualTo("1034.50");
        assertThat(text(doc, grpHdr + "p:InitgPty/p:Nm")).isEqualTo("Mairie de Saint-Etienne - Service Jeunesse");
    }

    @Test
    void frstAndRcurDebitsAreInSeparatePaymentInformations() throws Exception {
        Document doc = parse(writer.toBytes(batch(RECURRENT_1, FIRST, RECURRENT_2)));

        String pmtInf = "/p:Document/p:CstmrDrctDbtInitn/p:PmtInf";
        assertThat(count(doc, pmtInf)).isEqualTo(2);
        // FRST first, whatever the order of the debits
        assertThat(text(doc, pmtInf + "[1]/p:PmtTpInf/p:SeqTp")).isEqualTo("FRST");
        assertThat(text(doc, pmtInf + "[2]/p:PmtTpInf/p:SeqTp")).isEqualTo("RCUR");

        String frst = pmtInf + "[p:PmtTpInf/p:SeqTp='FRST']/";
        assertThat(text(doc, frst + "p:PmtInfId")).isEqualTo("PF-2026-10-0001-FRST");
        assertThat(text(doc, frst + "p:NbOfTxs")).isEqualTo("1");
        assertThat(text(doc, frst + "p:CtrlSum")).isEqualTo("10.50");
        assertThat(text(doc, frst + "p:DrctDbtTxInf/p:PmtId/p:EndToEndId")).isEqualTo("E2E-0001");

        String rcur = pmtInf + "[p:PmtTpInf/p:SeqTp='RCUR']/";
        assertThat(text(doc, rcur + "p:PmtInfId")).isEqualTo("PF-2026-10-0001-RCUR");
        assertThat(text(doc, rcur + "p:NbOfTxs")).isEqualTo("2");
        assertThat(text(doc, rcur + "p:CtrlSum")).isEqualTo("1024.00");
        assertThat(count(doc, rcur + "p:DrctDbtTxInf")).isEqualTo(2);
        assertThat(text(doc, rcur + "p:DrctDbtTxInf[1]/p:PmtId/p:EndToEndId")).isEqualTo("E2E-0002");
        assertThat(text(doc, rcur + "p:DrctDbtTxInf[2]/p:PmtId/p:EndToEndId")).isEqualTo("E2E-0003");

        for (String p : List.of(frst, rcur)) {
            assertThat(text(doc, p + "p:PmtMtd")).isEqualTo("DD");
            assertThat(text(doc, p + "p:PmtTpInf/p:SvcLvl/p:Cd")).isEqualTo("SEPA");
            assertThat(text(doc, p + "p:PmtTpInf/p:LclInstrm/p:Cd")).isEqualTo("CORE");
            assertThat(text(doc, p + "p:ReqdColltnDt")).isEqualTo("2026-10-10");
            assertThat(text(doc, p + "p:Cdtr/p:Nm")).isEqualTo("Mairie de Saint-Etienne - Service Jeunesse");
            assertThat(text(doc, p + "p:CdtrAcct/p:Id/p:IBAN")).isEqualTo("FR7630006000011234567890189");
            assertThat(text(doc, p + "p:CdtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("BNPAFRPPXXX");
            assertThat(text(doc, p + "p:ChrgBr")).isEqualTo("SLEV");
            assertThat(text(doc, p + "p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:Id")).isEqualTo("FR12ZZZ123456");
            assertThat(text(doc, p + "p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:SchmeNm/p:Prtry")).isEqualTo("SEPA");
        }
    }

    @Test
    void batchWithASingleSequenceTypeHasOnePaymentInformation() throws Exception {
        Document doc = parse(writer.toBytes(batch(RECURRENT_1, RECURRENT_2)));

        assertThat(count(doc, "/p:Document/p:CstmrDrctDbtInitn/p:PmtInf")).isEqualTo(1);
        assertThat(text(doc, "//p:PmtInf/p:PmtTpInf/p:SeqTp")).isEqualTo("RCUR");
        assertThat(text(doc, "//p:GrpHdr/p:CtrlSum")).isEqualTo("1024.00");
    }

    @Test
    void transactionCarriesAmountMandateDebtorAndRemittance() throws Exception {
        Document doc = parse(writer.toBytes(sampleBatch()));

        String t = tx("E2E-0002") + "/";
        assertThat(text(doc, t + "p:InstdAmt")).isEqualTo("23.99");
        assertThat(text(doc, t + "p:InstdAmt/@Ccy")).isEqualTo("EUR");
        assertThat(text(doc, t + "p:DrctDbtTx/p:MndtRltdInf/p:MndtId")).isEqualTo("RUM-2025-0042");
        assertThat(text(doc, t + "p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr")).isEqualTo("2024-06-15");
        assertThat(text(doc, t + "p:DbtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("PSSTFRPPPAR");
        assertThat(text(doc, t + "p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("FR1420041010050500013M02606");
        assertThat(text(doc, tx("E2E-0003") + "/p:InstdAmt")).isEqualTo("1000.01");
        assertThat(text(doc, tx("E2E-0003") + "/p:DrctDbtTx/p:MndtRltdInf/p:MndtId")).isEqualTo("RUM-2025-0043");
        assertThat(text(doc, tx("E2E-0003") + "/p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr")).isEqualTo("2023-01-31");
        // IBAN given with spaces is written compact
        assertThat(text(doc, tx("E2E-0001") + "/p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("FR1420041010050500013M02606");
    }

    @Test
    void debtorAgentIsNotProvidedWhenTheBicIsUnknown() throws Exception {
        Document doc = parse(writer.toBytes(sampleBatch()));

        String agent = tx("E2E-0001") + "/p:DbtrAgt/p:FinInstnId";
        assertThat(text(doc, agent + "/p:Othr/p:Id")).isEqualTo("NOTPROVIDED");
        assertThat(count(doc, agent + "/p:BICFI")).isZero();
        assertThat(count(doc, TX + "/p:DbtrAgt/p:FinInstnId/p:Othr")).isEqualTo(1);
    }

    @Test
    void accentsAreTransliteratedAndOtherCharactersReplaced() throws Exception {
        byte[] bytes = writer.toBytes(sampleBatch());
        Document doc = parse(bytes);

        assertThat(text(doc, tx("E2E-0001") + "/p:Dbtr/p:Nm")).isEqualTo("Elodie Lefevre");
        assertThat(text(doc, tx("E2E-0001") + "/p:RmtInf/p:Ustrd")).isEqualTo("Cantine septembre - Zoe Noel");
        assertThat(text(doc, tx("E2E-0002") + "/p:Dbtr/p:Nm")).isEqualTo("Jean-Francois Coeur");
        assertThat(text(doc, tx("E2E-0002") + "/p:RmtInf/p:Ustrd")).isEqualTo("Accueil de loisirs aout");
        assertThat(text(doc, tx("E2E-0003") + "/p:Dbtr/p:Nm")).isEqualTo("Gaelle Odegard");
        assertThat(text(doc, tx("E2E-0003") + "/p:RmtInf/p:Ustrd")).isEqualTo("Sejour ete");
        // nothing outside ASCII is left anywhere in the file
        for (byte b : bytes) {
            assertThat(b).isNotNegative();
        }
    }

    @Test
    void namesAreTruncatedTo70Characters() throws Exception {
        String longName = "Association des parents d'élèves de l'école élémentaire Jules Ferry et Marie Curie réunies";
        DirectDebit debit = new DirectDebit("E2E-9", 100, "RUM-9", LocalDate.of(2026, 1, 1), SequenceType.OOFF,
                longName, "FR7630006000011234567890189", null, "x".repeat(200));
        byte[] bytes = writer.toBytes(batch(debit));
        Document doc = parse(bytes);

        String name = text(doc, tx("E2E-9") + "/p:Dbtr/p:Nm");
        assertThat(name).hasSizeLessThanOrEqualTo(70)
                .isEqualTo("Association des parents d'eleves de l'ecole elementaire Jules Ferry et");
        assertThat(text(doc, tx("E2E-9") + "/p:RmtInf/p:Ustrd")).hasSize(140);
        assertThatCode(() -> validate(new String(bytes, StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void emptyBatchIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(batch(), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Empty");
        assertThat(out.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -2399})
    void nonPositiveAmountIsRefused(long cents) {
        DirectDebit bad = new DirectDebit("E2E-BAD", cents, "RUM-BAD", LocalDate.of(2026, 1, 1),
                SequenceType.RCUR, "Paul Durand", "FR7630006000011234567890189", null, "Cantine");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(batch(FIRST, bad), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Non-positive amount");
        assertThat(out.size()).as("nothing written for a refused batch").isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RUM 0001                             | FR7630006000011234567890189 | BNPAFRPP",
        "RUM-é                                | FR7630006000011234567890189 | BNPAFRPP",
        "RUM-0001-0001-0001-0001-0001-0001-01 | FR7630006000011234567890189 | BNPAFRPP",
        "/RUM-0001                            | FR7630006000011234567890189 | BNPAFRPP",
        "RUM-0001                             | FR76-3000-6000              | BNPAFRPP",
        "RUM-0001                             | FR7630006000011234567890189 | BNP",
    })
    void invalidMandateReferenceIbanOrBicIsRefused(String rum, String iban, String bic) {
        DirectDebit bad = new DirectDebit("E2E-BAD", 100, rum, LocalDate.of(2026, 1, 1), SequenceType.RCUR,
                "Paul Durand", iban, bic, "Cantine");

        assertThatThrownBy(() -> writer.toBytes(batch(bad))).isInstanceOf(IllegalArgumentException.class);
    }
}
