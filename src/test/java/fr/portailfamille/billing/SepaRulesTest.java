package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The remaining SEPA rules of issue 15: amendments after an IBAN change (same bank: original account; other bank:
 * SMNDA and FRST again), the 36-month lapse, the final collection (FNAL), and the bank's return files.
 */
@PortalTest
@RecordApplicationEvents
class SepaRulesTest {

    static final String IBAN = "FR7630006000011234567890189";
    static final String SAME_BANK = "FR7630006000019876543210173";
    static final String OTHER_BANK = "FR1420041010050500013M02606";

    @Autowired DirectDebits directDebits;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Ledger ledger;
    @Autowired Statements statements;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    static void validate(String xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SepaRulesTest.class.getResource("/iso20022/pain.008.001.08.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    Fixtures.TestFamily debtor(String name, LocalDate signedOn) {
        var family = fixtures.family(name);
        households.setBankDetails(family.householdId(), new BankDetails("Alice " + name, IBAN, "AGRIFRPP"),
                PaymentMethod.DIRECT_DEBIT, signedOn);
        return family;
    }

    long invoice(long householdId, int month, long cents) {
        return ledger.issueInvoice(householdId, LocalDate.of(2026, month + 1, 3), LocalDate.of(2026, month, 1),
                LocalDate.of(2026, month, 28), LocalDate.of(2026, month + 1, 28), cents);
    }

    List<DirectDebits.DebitView> mine(DirectDebits.Prepared prepared, Fixtures.TestFamily family) {
        if (prepared.batchId() == 0) {
            return List.of();
        }
        return directDebits.debits(prepared.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).toList();
    }

    /** The transaction of one end-to-end id in the batch's XML. */
    String transaction(DirectDebits.Prepared prepared, String endToEndId) {
        String xml = directDebits.xml(prepared.batchId());
        int at = xml.indexOf("<EndToEndId>" + endToEndId + "</EndToEndId>");
        return xml.substring(xml.lastIndexOf("<DrctDbtTxInf>", at), xml.indexOf("</DrctDbtTxInf>", at));
    }

    @Test
    void anIbanChangeWithinTheBankIsToldOnceWithTheOriginalAccount() throws Exception {
        var family = debtor("Amende", LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 1, 1_000);
        var first = directDebits.prepare(LocalDate.now().plusDays(20));
        assertThat(mine(first, family)).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("FRST"));

        households.setBankDetails(family.householdId(), new BankDetails("Alice Amende", SAME_BANK, "AGRIFRPP"),
                PaymentMethod.DIRECT_DEBIT, LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 2, 2_000);
        var second = directDebits.prepare(LocalDate.now().plusDays(50));
        var debit = mine(second, family);
        assertThat(debit).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("RCUR"));
        validate(directDebits.xml(second.batchId()));
        assertThat(transaction(second, debit.get(0).endToEndId())).contains("<AmdmntInd>true</AmdmntInd>",
                "<AmdmntInfDtls><OrgnlDbtrAcct><Id><IBAN>" + IBAN + "</IBAN></Id></OrgnlDbtrAcct></AmdmntInfDtls>",
                "<DbtrAcct><Id><IBAN>" + SAME_BANK + "</IBAN>");

        // told once: the next collection has no amendment
        invoice(family.householdId(), 3, 3_000);
        var third = directDebits.prepare(LocalDate.now().plusDays(80));
        var next = mine(third, family);
        assertThat(next).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("RCUR"));
        assertThat(transaction(third, next.get(0).endToEndId())).doesNotContain("AmdmntInd");
    }

    @Test
    void aChangeOfBankIsSmndaAndStartsTheSequenceAgainAtFrst() throws Exception {
        var family = debtor("Banque", LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 1, 1_000);
        var first = directDebits.prepare(LocalDate.now().plusDays(20));
        directDebits.markCollected(first.batchId());

        households.setBankDetails(family.householdId(), new BankDetails("Alice Banque", OTHER_BANK, null),
                PaymentMethod.DIRECT_DEBIT, LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 2, 2_000);
        var second = directDebits.prepare(LocalDate.now().plusDays(50));
        var debit = mine(second, family);
        assertThat(debit).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("FRST"));
        String xml = directDebits.xml(second.batchId());
        validate(xml);
        assertThat(transaction(second, debit.get(0).endToEndId())).contains("<AmdmntInd>true</AmdmntInd>",
                "<OrgnlDbtrAcct><Id><Othr><Id>SMNDA</Id></Othr></Id></OrgnlDbtrAcct>")
                .doesNotContain(IBAN);

        invoice(family.householdId(), 3, 3_000);
        var third = directDebits.prepare(LocalDate.now().plusDays(80));
        assertThat(mine(third, family)).singleElement()
                .satisfies(d -> assertThat(d.sequenceType()).isEqualTo("RCUR"));
    }

    @Test
    void aMandateUnusedFor36MonthsLapsesAndTheFamilyIsAskedForANewOne() {
        var family = debtor("Caduc", LocalDate.now().minusMonths(37));
        invoice(family.householdId(), 4, 1_500);
        var prepared = directDebits.prepare(LocalDate.now().plusDays(20));
        assertThat(mine(prepared, family)).isEmpty();
        assertThat(prepared.lapsedMandates()).isPositive();
        assertThat(households.mandate(family.householdId())).isEmpty();
        assertThat(events.stream(MandateLapsed.class).filter(e -> e.householdId() == family.householdId()))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects(family).stream()
                .anyMatch(s -> s.startsWith("Mandat de prélèvement expiré")));

        // new bank details: a new mandate (new RUM), collected again from FRST
        households.setBankDetails(family.householdId(), new BankDetails("Alice Caduc", IBAN, "AGRIFRPP"),
                PaymentMethod.DIRECT_DEBIT, LocalDate.now());
        var again = directDebits.prepare(LocalDate.now().plusDays(21));
        assertThat(mine(again, family)).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("FRST"));
    }

    @Test
    void theLastCollectionOfAFamilyLeavingDirectDebitIsFnalAndTheMandateIsNotUsedAfter() throws Exception {
        var family = debtor("Depart", LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 1, 1_000);
        directDebits.markCollected(directDebits.prepare(LocalDate.now().plusDays(20)).batchId());

        assertThat(directDebits.lastCollection(family.householdId())).isTrue();
        invoice(family.householdId(), 2, 2_000);
        var last = directDebits.prepare(LocalDate.now().plusDays(50));
        assertThat(mine(last, family)).singleElement().satisfies(d -> assertThat(d.sequenceType()).isEqualTo("FNAL"));
        validate(directDebits.xml(last.batchId()));
        assertThat(directDebits.xml(last.batchId())).contains("<SeqTp>FNAL</SeqTp>");

        invoice(family.householdId(), 3, 3_000);
        assertThat(mine(directDebits.prepare(LocalDate.now().plusDays(80)), family)).isEmpty();
        assertThat(directDebits.lastCollection(fixtures.family("SansMandat").householdId())).isFalse();
    }

    static String pain002(String endToEndId, String code) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>RJ-%1$s</MsgId><CreDtTm>2026-12-01T10:00:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>PF-DD-1</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId>
                    </OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>PF-DD-1-RCUR</OrgnlPmtInfId>
                      <TxInfAndSts>
                        <OrgnlEndToEndId>%1$s</OrgnlEndToEndId>
                        <TxSts>RJCT</TxSts>
                        <StsRsnInf><Rsn><Cd>%2$s</Cd></Rsn></StsRsnInf>
                      </TxInfAndSts>
                      <TxInfAndSts>
                        <OrgnlEndToEndId>PF-INCONNU-1</OrgnlEndToEndId>
                        <TxSts>RJCT</TxSts>
                        <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
                      </TxInfAndSts>
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """.formatted(endToEndId, code).strip();
    }

    static String camt054(String endToEndId, String code) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>N-%1$s</MsgId><CreDtTm>2026-12-05T10:00:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>N1</Id>
                      <Ntry>
                        <Amt Ccy="EUR">20.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>
                        <Sts><Cd>BOOK</Cd></Sts>
                        <NtryDtls><TxDtls>
                          <Refs><EndToEndId>%1$s</EndToEndId></Refs>
                          <RtrInf><Rsn><Cd>%2$s</Cd></Rsn></RtrInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(endToEndId, code).strip();
    }

    List<String> subjects(Fixtures.TestFamily family) {
        return jdbc.sql("SELECT subject FROM conversation WHERE household_id = :h").param("h", family.householdId())
                .query(String.class).list();
    }

    List<String> bodies(Fixtures.TestFamily family) {
        return jdbc.sql("""
                SELECT m.body FROM inbox_message m JOIN conversation c ON c.id = m.conversation_id
                 WHERE c.household_id = :h""").param("h", family.householdId()).query(String.class).list();
    }

    @Test
    void thePain002RejectsMarkTheDebitsReopenTheInvoicesAndTellTheFamily() throws Exception {
        var family = debtor("Rejet", LocalDate.of(2025, 9, 1));
        long first = invoice(family.householdId(), 1, 1_000);
        long second = invoice(family.householdId(), 2, 2_000);
        var batch = directDebits.prepare(LocalDate.now().plusDays(20));
        directDebits.markCollected(batch.batchId());
        assertThat(statements.statement(family.householdId()).balance().cents()).isZero();
        var debits = mine(batch, family);
        String rejectedId = debits.get(1).endToEndId();

        byte[] file = pain002(rejectedId, "AM04").getBytes(StandardCharsets.UTF_8);
        var flash = mvc.perform(multipart("/gestion/facturation/prelevements/retours")
                        .file(new MockMultipartFile("file", "rejets.xml", "application/xml", file))
                        .with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("ddReturns")).isEqualTo(
                new DirectDebits.ReturnsImported(1, 0, List.of("PF-INCONNU-1"), false));

        var after = directDebits.debits(batch.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).toList();
        assertThat(after.get(0).status()).isEqualTo("COLLECTED");
        assertThat(after.get(1).status()).isEqualTo("REJECTED");
        assertThat(after.get(1).rejectReason()).isEqualTo("AM04 — Provision insuffisante");
        var statement = statements.statement(family.householdId());
        assertThat(statement.invoice(first).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(statement.invoice(second).orElseThrow().status()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(statement.balance().cents()).isEqualTo(2_000);
        assertThat(events.stream(DirectDebitRejected.class).filter(e -> e.householdId() == family.householdId()))
                .singleElement().satisfies(e -> assertThat(e.reasonCode()).isEqualTo("AM04"));
        await().atMost(Duration.ofSeconds(10)).until(() -> subjects(family).stream()
                .anyMatch(s -> s.startsWith("Prélèvement rejeté")));
        assertThat(bodies(family)).anySatisfy(b -> assertThat(b).contains("Votre banque a rejeté le prélèvement de 20,00",
                "(motif : Provision insuffisante)", "de nouveau à payer").doesNotContain(IBAN));

        // the same file again changes nothing
        assertThat(directDebits.importReturns("rejets.xml", file).alreadyImported()).isTrue();
        assertThat(events.stream(DirectDebitRejected.class).filter(e -> e.householdId() == family.householdId()))
                .hasSize(1);
    }

    @Test
    void aRejectEnteredByHandAlsoTellsTheFamilyEvenWithoutAReason() throws Exception {
        var family = debtor("Manuel", LocalDate.of(2025, 9, 1));
        invoice(family.householdId(), 6, 1_800);
        var batch = directDebits.prepare(LocalDate.now().plusDays(20));
        long debitId = mine(batch, family).get(0).id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/gestion/facturation/prelevements/{b}/rejets/{d}", batch.batchId(), debitId)
                        .param("reason", " \u0007 ").with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mine(batch, family).get(0).rejectReason()).isEqualTo("Motif non précisé par la banque");
        assertThat(events.stream(DirectDebitRejected.class).filter(e -> e.householdId() == family.householdId()))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Motif non précisé par la banque"));
    }

    @Test
    void aCamt054ReturnReversesACollectedDebitWithItsReason() {
        var family = debtor("Retour", LocalDate.of(2025, 9, 1));
        long invoice = invoice(family.householdId(), 5, 2_000);
        var batch = directDebits.prepare(LocalDate.now().plusDays(20));
        directDebits.markCollected(batch.batchId());
        String id = mine(batch, family).get(0).endToEndId();

        var imported = directDebits.importReturns("camt.xml", camt054(id, "MD06").getBytes(StandardCharsets.UTF_8));

        assertThat(imported.rejected()).isEqualTo(1);
        assertThat(mine(batch, family).get(0).rejectReason())
                .isEqualTo("MD06 — Remboursement demandé par le titulaire du compte");
        assertThat(statements.statement(family.householdId()).invoice(invoice).orElseThrow().status())
                .isNotEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anUnreadableReturnFileGetsAClearMessageAndChangesNothing() throws Exception {
        for (var bad : List.of(new byte[0], "pas du XML".getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                        .getBytes(StandardCharsets.UTF_8),
                "<Document><Autre/></Document>".getBytes(StandardCharsets.UTF_8))) {
            var flash = mvc.perform(multipart("/gestion/facturation/prelevements/retours")
                            .file(new MockMultipartFile("file", "x.xml", "application/xml", bad))
                            .with(logins.as("demo.agent")).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
            assertThat(flash.get("ddReturnsError")).asString().startsWith("dd.returns.error.");
        }
        var flashPage = mvc.perform(get("/gestion/facturation")
                        .with(fr.portailfamille.support.SessionCookie.flash(java.util.Map.of("ddReturnsError",
                                "dd.returns.error.kind")))
                        .with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(flashPage);
        assertThat(doc.select("#fichier-retour-erreur").text())
                .isEqualTo("Le fichier n'est ni un rapport de rejets pain.002 ni un avis camt.054.");
        assertThat(doc.select("#fichier-retour").attr("aria-describedby")).contains("fichier-retour-erreur");
    }
}
