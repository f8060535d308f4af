package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class OnlinePaymentTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired Statements statements;
    @Autowired OnlinePaymentStore store;
    @Autowired SimulatorPaymentProvider simulator;
    @Autowired OnlinePayments payments;

    record Opened(Fixtures.TestFamily family, long invoiceId, String reference, String operationId) {
    }

    private Opened open(String name, long cents) throws Exception {
        var family = fixtures.family(name);
        long invoiceId = ledger.issueInvoice(family.householdId(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 28), LocalDate.of(2025, 4, 3), cents);
        String location = mvc.perform(post("/releve/paiement").with(logins.as(family.login())).with(csrf())
                        .param("invoiceId", Long.toString(invoiceId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring("/releve/paiement/".length());
        var row = store.byReference(family.householdId(), reference).orElseThrow();
        assertThat(row.amountCents()).isEqualTo(cents);
        assertThat(row.status()).isEqualTo("PENDING");
        return new Opened(family, invoiceId, reference, row.providerOperationId());
    }

    /** A notification as the provider posts it: no session, no CSRF token. */
    private static MockHttpServletRequestBuilder notification(Map<String, String> fields) {
        var request = post("/paiement/notification");
        fields.forEach(request::param);
        return request;
    }

    private long paymentsOf(long householdId) {
        return statements.statement(householdId).payments().size();
    }

    @Test
    void aVerifiedApprovalRecordsThePaymentOnceAndTheBalanceFalls() throws Exception {
        var op = open("EnLigne", 10_610);
        var signed = simulator.signed(op.operationId(), "P", "10610");
        mvc.perform(notification(signed)).andExpect(status().isOk()).andExpect(content().string("RECORDED"));
        mvc.perform(notification(signed)).andExpect(status().isOk()).andExpect(content().string("ALREADY_SETTLED"));
        var statement = statements.statement(op.family().householdId());
        assertThat(statement.payments()).singleElement().satisfies(p -> {
            assertThat(p.mode()).isEqualTo(PaymentMode.CARD);
            assertThat(p.amount().cents()).isEqualTo(10_610);
        });
        assertThat(statement.invoice(op.invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(statement.balance().cents()).isZero();
    }

    @Test
    void aForgedNotificationChangesNothing() throws Exception {
        var op = open("Forgee", 5_000);
        var forged = new java.util.HashMap<>(simulator.signed(op.operationId(), "P", "5000"));
        forged.put("signature", "0".repeat(64));
        mvc.perform(notification(forged)).andExpect(status().isBadRequest());
        var tampered = new java.util.HashMap<>(simulator.signed(op.operationId(), "R", "5000"));
        tampered.put("resultrans", "P");
        mvc.perform(notification(tampered)).andExpect(status().isBadRequest());
        mvc.perform(notification(Map.of("idop", op.operationId(), "resultrans", "P", "montant", "5000")))
                .andExpect(status().isBadRequest());
        assertThat(paymentsOf(op.family().householdId())).isZero();
        assertThat(store.byReference(op.family().householdId(), op.reference()).orElseThrow().status())
                .isEqualTo("PENDING");
    }

    @Test
    void unknownOperationsAndWrongAmountsChangeNothing() throws Exception {
        var op = open("Inconnue", 5_000);
        mvc.perform(notification(simulator.signed("SIMNOTANOPERATION", "P", "5000")))
                .andExpect(status().isNotFound());
        mvc.perform(notification(simulator.signed(op.operationId(), "P", "4999")))
                .andExpect(status().isOk()).andExpect(content().string("AMOUNT_MISMATCH"));
        assertThat(paymentsOf(op.family().householdId())).isZero();
    }

    @Test
    void aLateApprovalAfterARefusalChangesNothing() throws Exception {
        var op = open("Tardive", 5_000);
        mvc.perform(notification(simulator.signed(op.operationId(), "R", "5000")))
                .andExpect(content().string("REFUSED"));
        mvc.perform(notification(simulator.signed(op.operationId(), "P", "5000")))
                .andExpect(content().string("ALREADY_SETTLED"));
        assertThat(paymentsOf(op.family().householdId())).isZero();
    }

    @Test
    void concurrentRepeatedNotificationsRecordOnePayment() throws Exception {
        var op = open("Rafale", 7_000);
        var signed = simulator.signed(op.operationId(), "P", "7000");
        Callable<OnlinePayments.Settlement> call = () -> payments.notified(signed);
        var pool = Executors.newFixedThreadPool(4);
        List<OnlinePayments.Settlement> outcomes = new ArrayList<>();
        try {
            for (var f : pool.invokeAll(List.of(call, call, call, call, call, call))) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).containsOnlyOnce(OnlinePayments.Settlement.RECORDED);
        assertThat(paymentsOf(op.family().householdId())).isEqualTo(1);
    }

    @Test
    void theSimulatorPageApprovesAndTheFamilyComesBackToItsStatement() throws Exception {
        var op = open("Simulateur", 2_500);
        var confirm = Jsoup.parse(mvc.perform(get("/releve/paiement/{reference}", op.reference())
                .with(logins.as(op.family().login()))).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("#continuer-paiement").attr("href"))
                .isEqualTo("/paiement/simulateur/" + op.operationId());
        assertThat(confirm.text()).contains("25,00 €");
        mvc.perform(post("/paiement/simulateur/{operationId}", op.operationId()).with(logins.as(op.family().login()))
                        .with(csrf()).param("decision", "approve"))
                .andExpect(redirectedUrl("/releve/paiement/" + op.reference() + "/retour"));
        mvc.perform(get("/releve/paiement/{reference}/retour", op.reference()).with(logins.as(op.family().login())))
                .andExpect(redirectedUrl("/releve")).andExpect(flash().attribute("notice", "online.status.PAID"));
        assertThat(statements.statement(op.family().householdId()).balance().cents()).isZero();
    }

    @Test
    void anotherFamilyCannotSeeOrDecideAnOperation() throws Exception {
        var op = open("Cible", 2_500);
        var other = fixtures.family("Intruse");
        mvc.perform(get("/releve/paiement/{reference}", op.reference()).with(logins.as(other.login())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/paiement/simulateur/{operationId}", op.operationId()).with(logins.as(other.login())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/paiement/simulateur/{operationId}", op.operationId()).with(logins.as(other.login()))
                .with(csrf()).param("decision", "approve")).andExpect(status().isNotFound());
        mvc.perform(post("/releve/paiement").with(logins.as(other.login())).with(csrf())
                .param("invoiceId", Long.toString(op.invoiceId()))).andExpect(status().isNotFound());
        assertThat(paymentsOf(op.family().householdId())).isZero();
    }

    @Test
    void otherPostsStillNeedCsrfAndASession() throws Exception {
        var family = fixtures.family("Csrf");
        mvc.perform(post("/releve/paiement").with(logins.as(family.login()))).andExpect(status().isForbidden());
        mvc.perform(post("/releve/paiement").with(csrf())).andExpect(status().is3xxRedirection());
    }
}
