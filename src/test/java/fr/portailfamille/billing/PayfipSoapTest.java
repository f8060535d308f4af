package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import fr.portailfamille.family.Households;
import fr.portailfamille.shared.Town;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Online payment through PayFiP in SOAP, end to end against a local PayFiP ({@link LocalPayfip}) that validates every
 * request against the service's message schema and answers as the DGFiP does: paid, refused, abandoned, a
 * notification lost then recovered by the status query, a repeated notification, an idOp that expires, several
 * invoices paid in one operation.
 */
@PortalTest
class PayfipSoapTest {

    static LocalPayfip dgfip;

    @Autowired OnlinePaymentStore store;
    @Autowired Statements statements;
    @Autowired Ledger ledger;
    @Autowired Households households;
    @Autowired Clock clock;
    @Autowired TestClock testClock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Town town;
    @Autowired Fixtures fixtures;

    PayfipPaymentProvider provider;
    OnlinePayments payments;

    static final URI PORTAL = URI.create("https://portail.example.org/");

    @BeforeAll
    static void startDgfip() throws Exception {
        dgfip = new LocalPayfip();
    }

    @AfterAll
    static void stopDgfip() throws Exception {
        // the exchanges of the whole class, for the note
        Files.createDirectories(Path.of("target/payfip"));
        var text = new StringBuilder();
        for (var e : dgfip.exchanges) {
            text.append("→ ").append(e.request()).append("\n← ").append(e.status()).append(' ')
                    .append(e.response()).append("\n\n");
        }
        Files.writeString(Path.of("target/payfip/exchanges.txt"), text);
        dgfip.close();
    }

    @AfterEach
    void resetClock() {
        testClock.reset();
        assertThat(dgfip.invalidRequests).as("requests refused by the schema").isEmpty();
    }

    OnlinePayments payments() {
        if (payments == null) {
            provider = new PayfipPaymentProvider(dgfip.baseUrl(), "012345", "T", clock);
            var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    Map.of("payfip", provider));
            payments = new OnlinePayments(beans.getBeanProvider(PaymentProvider.class), store, statements, ledger, households, clock, transactions, town);
        }
        return payments;
    }

    record Opened(Fixtures.TestFamily family, long invoiceId, String reference, String idOp) {
    }

    Opened open(String name, long cents) {
        var family = fixtures.family(name);
        long invoiceId = ledger.issueInvoice(family.householdId(), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 3), cents);
        var started = payments().start(family.householdId(), invoiceId, PORTAL);
        String idOp = store.byReference(family.householdId(), started.reference()).orElseThrow()
                .providerOperationId();
        return new Opened(family, invoiceId, started.reference(), idOp);
    }

    String status(Opened o) {
        return payments().operation(o.family().householdId(), o.reference()).status();
    }

    int paymentCount(Opened o) {
        return statements.statement(o.family().householdId()).payments().size();
    }

    @Test
    void creatingAnOperationSpeaksSoapAndSendsTheFamilyToThePayfipPageWithTheIdOp() {
        var o = open("Soap", 10_610);
        var sent = dgfip.operations.get(o.idOp()).fields;
        assertThat(sent).containsEntry("numcli", "012345").containsEntry("montant", "10610")
                .containsEntry("refdet", o.reference()).containsEntry("saisie", "T")
                .containsEntry("exer", Integer.toString(LocalDate.now(clock).getYear()))
                .containsEntry("urlnotif", "https://portail.example.org/paiement/notification")
                .containsEntry("urlredirect", "https://portail.example.org/releve/paiement/" + o.reference() + "/retour");
        assertThat(sent.get("objet")).matches("Facture 2026 \\d{6}");
        assertThat(sent.get("mel")).endsWith("@example.org");
        assertThat(payments().checkoutUrl(o.family().householdId(), o.reference()))
                .isEqualTo(dgfip.baseUrl() + "paiementws.web?idop=" + o.idOp());
        String request = dgfip.exchanges.stream().filter(e -> e.request().contains(o.reference())).findFirst()
                .orElseThrow().request();
        assertThat(request).contains("<soapenv:Envelope", "<pai:creerPaiementSecurise>", "<arg0><exer>");
    }

    @Test
    void paidByCardThenNotified() {
        var o = open("Payee", 4_550);
        dgfip.decide(o.idOp(), "P");
        assertThat(payments().notified(Map.of("idOp", o.idOp()))).isEqualTo(OnlinePayments.Settlement.RECORDED);
        assertThat(status(o)).isEqualTo("PAID");
        var statement = statements.statement(o.family().householdId());
        assertThat(statement.balance().cents()).isZero();
        assertThat(statement.invoice(o.invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void paidByDirectDebitThroughPayfipIsPaidToo() {
        var o = open("Virement", 2_000);
        dgfip.decide(o.idOp(), "V");
        assertThat(payments().notified(Map.of("idOp", o.idOp()))).isEqualTo(OnlinePayments.Settlement.RECORDED);
    }

    @Test
    void refusedCardOrDebitRecordsNothing() {
        for (String result : new String[] {"R", "Z"}) {
            var o = open("Refusee" + result, 3_000);
            dgfip.decide(o.idOp(), result);
            assertThat(payments().notified(Map.of("idOp", o.idOp()))).isEqualTo(OnlinePayments.Settlement.REFUSED);
            assertThat(status(o)).isEqualTo("REFUSED");
            assertThat(paymentCount(o)).isZero();
        }
    }

    @Test
    void abandonedOnThePayfipPage() {
        var o = open("Abandon", 3_000);
        dgfip.decide(o.idOp(), "A");
        assertThat(payments().notified(Map.of("idOp", o.idOp()))).isEqualTo(OnlinePayments.Settlement.ABANDONED);
        assertThat(status(o)).isEqualTo("ABANDONED");
        assertThat(paymentCount(o)).isZero();
    }

    @Test
    void aLostNotificationIsRecoveredByTheStatusQuery() {
        var o = open("Perdue", 5_000);
        // before the family decides, PayFiP answers P5 (not finished): still pending
        assertThat(payments().refresh(o.family().householdId(), o.reference()))
                .isEqualTo(OnlinePayments.Settlement.PENDING);
        dgfip.decide(o.idOp(), "P");
        // no notification arrives; the reconciliation asks PayFiP
        assertThat(payments().reconcile()).isPositive();
        assertThat(status(o)).isEqualTo("PAID");
        assertThat(paymentCount(o)).isEqualTo(1);
        // the notification, late, changes nothing
        assertThat(payments().notified(Map.of("idOp", o.idOp())))
                .isEqualTo(OnlinePayments.Settlement.ALREADY_SETTLED);
        assertThat(paymentCount(o)).isEqualTo(1);
    }

    @Test
    void aRepeatedNotificationRecordsOnePayment() {
        var o = open("Repetee", 2_500);
        dgfip.decide(o.idOp(), "P");
        assertThat(payments().notified(Map.of("idOp", o.idOp()))).isEqualTo(OnlinePayments.Settlement.RECORDED);
        assertThat(payments().notified(Map.of("idOp", o.idOp())))
                .isEqualTo(OnlinePayments.Settlement.ALREADY_SETTLED);
        assertThat(payments().refresh(o.family().householdId(), o.reference()))
                .isEqualTo(OnlinePayments.Settlement.ALREADY_SETTLED);
        assertThat(paymentCount(o)).isEqualTo(1);
    }

    @Test
    void anIdOpUnfinishedAfter15MinutesIsAbandoned() {
        var o = open("Expiree", 2_500);
        assertThat(payments().refresh(o.family().householdId(), o.reference()))
                .isEqualTo(OnlinePayments.Settlement.PENDING);
        testClock.advance(Duration.ofMinutes(16));
        assertThat(payments().refresh(o.family().householdId(), o.reference()))
                .isEqualTo(OnlinePayments.Settlement.ABANDONED);
        assertThat(status(o)).isEqualTo("ABANDONED");
    }

    @Test
    void aNotificationWithoutAValidIdOpOrForAnUnknownOneChangesNothing() {
        assertThatThrownBy(() -> payments().notified(Map.of("resultrans", "P")))
                .isInstanceOf(PaymentProvider.ForgedNotificationException.class);
        assertThatThrownBy(() -> payments().notified(Map.of("idOp", "<script>")))
                .isInstanceOf(PaymentProvider.ForgedNotificationException.class);
        // PayFiP does not know it (fault P1), nor do we
        assertThat(payments().notified(Map.of("idOp", "0123456789abcdef")))
                .isEqualTo(OnlinePayments.Settlement.UNKNOWN_OPERATION);
    }

    @Test
    void severalUnpaidInvoicesArePaidInOneOperationOldestFirst() {
        var family = fixtures.family("Plusieurs");
        long h = family.householdId();
        long jan = ledger.issueInvoice(h, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 3), 1_000);
        long feb = ledger.issueInvoice(h, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 4, 3), 2_000);
        long mar = ledger.issueInvoice(h, LocalDate.of(2026, 4, 3), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 5, 3), 3_000);
        // 5,00 € already paid on the oldest one
        ledger.recordPayment(h, LocalDate.of(2026, 2, 10), PaymentMode.CASH, 500, "guichet");
        var started = payments().start(h, null, PORTAL);
        assertThat(started.amount().cents()).isEqualTo(5_500);
        String idOp = store.byReference(h, started.reference()).orElseThrow().providerOperationId();
        // one operation, one refdet, the whole balance
        assertThat(dgfip.operations.get(idOp).fields).containsEntry("refdet", started.reference())
                .containsEntry("montant", "5500").containsEntry("objet", "Solde du compte famille");
        dgfip.decide(idOp, "P");
        assertThat(payments().notified(Map.of("idOp", idOp))).isEqualTo(OnlinePayments.Settlement.RECORDED);
        var statement = statements.statement(h);
        assertThat(statement.balance().cents()).isZero();
        for (long invoice : new long[] {jan, feb, mar}) {
            assertThat(statement.invoice(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        }
    }

    @Test
    void theObjetIsFoldedToWhatPayfipAccepts() {
        assertThat(PayfipPaymentProvider.objet("Facture n° 2026-000012 — séjour d'été")).isEqualTo(
                "Facture n 2026 000012 sejour d ete");
        assertThat(PayfipPaymentProvider.objet("é".repeat(300))).hasSize(100);
        assertThat(PayfipSoap.envelope("recupererDetailPaiementSecurise", Map.of("idOp", "a<b&c")))
                .contains("<arg0><idOp>a&lt;b&amp;c</idOp></arg0>");
    }
}
