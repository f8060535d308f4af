package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.DirectDebitAccount;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class DirectDebitTest {

    private static final String IBAN = "FR7630006000011234567890189";

    @Autowired DirectDebits directDebits;
    @Autowired TestClock clock;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Ledger ledger;
    @Autowired Statements statements;
    @Autowired ApplicationEvents events;
    @Autowired Requests requests;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    private static void validate(String xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(DirectDebitTest.class.getResource("/iso20022/pain.008.001.08.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /**
     * The real way: the family asks for direct debit with its bank details in Mon compte, an agent accepts both
     * requests, the family module creates the mandate (signed the day the family sent the request).
     */
    private Fixtures.TestFamily debtorThroughRequests(String name) throws Exception {
        var family = fixtures.family(name);
        mvc.perform(post("/compte/coordonnees-bancaires").param("bankHolder", "Alice " + name)
                        .param("iban", "FR76 3000 6000 0112 3456 7890 189").param("bic", "AGRIFRPP")
                        .with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/compte/mode-de-reglement").param("paymentMethod", "DIRECT_DEBIT")
                        .with(logins.as(family.login())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        requests.accept(requests.pending(family.householdId(), "family.bank", null).orElseThrow().id(), "Agent", null);
        requests.accept(requests.pending(family.householdId(), "family.payment-method", null).orElseThrow().id(),
                "Agent", null);
        return family;
    }

    /** An agent's direct correction at the desk: bank details and direct debit at once, mandate signed then. */
    private Fixtures.TestFamily debtor(String name) {
        var family = fixtures.family(name);
        households.setBankDetails(family.householdId(), new BankDetails("Alice " + name, IBAN, "AGRIFRPP"),
                PaymentMethod.DIRECT_DEBIT, LocalDate.of(2025, 9, 1));
        return family;
    }

    private String rum(Fixtures.TestFamily family) {
        return households.mandate(family.householdId()).orElseThrow().reference();
    }

    private long invoice(long householdId, int month, long cents) {
        return ledger.issueInvoice(householdId, LocalDate.of(2025, month + 1, 3), LocalDate.of(2025, month, 1),
                LocalDate.of(2025, month, 28), LocalDate.of(2025, month + 1, 28), cents);
    }

    @Test
    void aBatchIsSchemaValidWithOneTransactionPerInvoiceAndPreNotifications() throws Exception {
        var family = debtorThroughRequests("Prelevee");
        String rum = rum(family);
        assertThat(rum).startsWith(String.format("PF-%08d-", family.householdId()));
        long first = invoice(family.householdId(), 1, 4_550);
        long second = invoice(family.householdId(), 2, 2_100);
        LocalDate collection = clock.today().plusDays(20);

        var prepared = directDebits.prepare(collection);

        var mine = directDebits.debits(prepared.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).toList();
        assertThat(mine).hasSize(2).allSatisfy(d -> {
            assertThat(d.sequenceType()).isEqualTo("FRST");
            assertThat(d.rum()).isEqualTo(rum);
        });
        assertThat(mine).extracting(d -> d.amount().cents()).containsExactly(4_550L, 2_100L);
        String xml = directDebits.xml(prepared.batchId());
        validate(xml);
        assertThat(xml).contains("<SeqTp>FRST</SeqTp>", "<MndtId>" + rum + "</MndtId>",
                "<DtOfSgntr>" + households.mandate(family.householdId()).orElseThrow().signedOn() + "</DtOfSgntr>",
                "<Nm>Alice Prelevee</Nm>", "<IBAN>" + IBAN + "</IBAN>", "<Id>FR12ZZZ123456</Id>", "<ReqdColltnDt>" + collection,
                "<InstdAmt Ccy=\"EUR\">45.50</InstdAmt>", "<LclInstrm><Cd>CORE</Cd>");
        assertThat(mine.get(0).endToEndId()).isNotEqualTo(mine.get(1).endToEndId());
        assertThat(events.stream(DirectDebitAnnounced.class)
                .filter(e -> e.householdId() == family.householdId())).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.collectionDate()).isEqualTo(collection);
                    assertThat(e.mandateReference()).isEqualTo(rum);
                    assertThat(e.creditorId()).isEqualTo("FR12ZZZ123456");
                });

        // the same invoices are never in two batches
        assertThat(directDebits.prepare(collection).debits()).isZero();

        // collected: both invoices paid; then the second is rejected and is unpaid again
        directDebits.markCollected(prepared.batchId());
        assertThat(statements.statement(family.householdId()).balance().cents()).isZero();
        directDebits.reject(mine.get(1).id(), "AM04 provision insuffisante");
        var statement = statements.statement(family.householdId());
        assertThat(statement.invoice(second).orElseThrow().status()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(statement.invoice(first).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(statement.balance().cents()).isEqualTo(2_100);

        // next batch: the rejected invoice again, RCUR since the mandate was collected once
        var next = directDebits.prepare(collection.plusMonths(1));
        var again = directDebits.debits(next.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).toList();
        assertThat(again).singleElement().satisfies(d -> {
            assertThat(d.sequenceType()).isEqualTo("RCUR");
            assertThat(d.amount().cents()).isEqualTo(2_100);
            assertThat(d.endToEndId()).endsWith("-2");
        });
        validate(directDebits.xml(next.batchId()));
    }

    @Test
    void theCollectionDateMustLeaveFourteenDaysForThePreNotification() {
        assertThatThrownBy(() -> directDebits.prepare(clock.today().plusDays(13)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMandateSignedAtTheDeskIsCollectedWithItsSignatureDate() throws Exception {
        var family = debtor("Guichet");
        invoice(family.householdId(), 3, 3_000);
        var prepared = directDebits.prepare(clock.today().plusDays(15));
        var mine = directDebits.debits(prepared.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).toList();
        assertThat(mine).singleElement().satisfies(d -> assertThat(d.rum()).isEqualTo(rum(family)));
        String xml = directDebits.xml(prepared.batchId());
        validate(xml);
        assertThat(xml).contains("<MndtId>" + rum(family) + "</MndtId>", "<DtOfSgntr>2025-09-01</DtOfSgntr>");
    }

    @Test
    void onlyHouseholdsPayingByDirectDebitWithAnActiveMandateAreDebitAccounts() {
        var debit = debtor("Compte");
        var cheque = debtor("Cheque");
        households.setBankDetails(cheque.householdId(), new BankDetails("Alice", IBAN, "AGRIFRPP"),
                PaymentMethod.CHEQUE);
        var revoked = debtor("Revoque");
        households.setBankDetails(revoked.householdId(), BankDetails.NONE, PaymentMethod.CHEQUE);

        var accounts = households.directDebitAccounts();
        assertThat(accounts).extracting(DirectDebitAccount::householdId).contains(debit.householdId())
                .doesNotContain(cheque.householdId(), revoked.householdId());
        var account = accounts.stream().filter(a -> a.householdId() == debit.householdId()).findFirst().orElseThrow();
        assertThat(account.iban()).isEqualTo(IBAN);
        assertThat(account.debtorName()).isEqualTo("Alice Compte");
        assertThat(account.signedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(account.toString()).contains(account.rum()).doesNotContain(IBAN).doesNotContain("30006000");
        assertThat(households.mandate(revoked.householdId())).isEmpty();
    }

    @Test
    void familiesNotPayingByDirectDebitAreLeftOut() {
        var family = debtor("Cheque");
        households.setBankDetails(family.householdId(), new BankDetails("Alice", IBAN, "AGRIFRPP"),
                PaymentMethod.CHEQUE);
        invoice(family.householdId(), 1, 1_000);
        var prepared = directDebits.prepare(clock.today().plusDays(30));
        if (prepared.batchId() != 0) {
            assertThat(directDebits.debits(prepared.batchId()))
                    .noneMatch(d -> d.householdId() == family.householdId());
        }
    }
}
