package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class PaymentsTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired Statements statements;

    private long invoice(long householdId, int month, long cents) {
        return ledger.issueInvoice(householdId, LocalDate.of(2025, month + 1, 3), LocalDate.of(2025, month, 1),
                LocalDate.of(2025, month, 28), LocalDate.of(2025, month + 1, 28), cents);
    }

    @Test
    void anAgentRecordsAPaymentAllocatedOldestFirstAndTheOverpaymentBecomesACredit() throws Exception {
        var family = fixtures.family("Reglement");
        long oldest = invoice(family.householdId(), 1, 3_000);
        long newest = invoice(family.householdId(), 2, 2_000);
        mvc.perform(post("/gestion/familles/{householdId}/reglement", family.householdId())
                        .with(logins.as("demo.agent")).with(csrf())
                        .param("receivedOn", "2025-04-01").param("mode", "CHEQUE").param("amount", "60,50")
                        .param("reference", "Chèque 123"))
                .andExpect(redirectedUrl("/gestion/familles/" + family.householdId()));
        var statement = statements.statement(family.householdId());
        assertThat(statement.invoice(oldest).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(statement.invoice(newest).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(statement.balance().cents()).isEqualTo(-1_050);
        assertThat(statement.payments().get(0).unallocated().cents()).isEqualTo(1_050);
        // the family sees it on Accueil and on Relevé de compte
        var releve = Jsoup.parse(mvc.perform(get("/releve").with(logins.as(family.login())))
                .andReturn().getResponse().getContentAsString());
        assertThat(releve.select(".summary-line").text()).contains("10,50 € en votre faveur");
        assertThat(releve.text()).contains("Chèque", "60,50 €");
    }

    @Test
    void aPaymentCanSettleAChosenInvoiceFirst() {
        var family = fixtures.family("Choix");
        long oldest = invoice(family.householdId(), 1, 3_000);
        long newest = invoice(family.householdId(), 2, 2_000);
        ledger.recordPayment(family.householdId(), LocalDate.of(2025, 4, 1), PaymentMode.CARD, 2_500, null, newest);
        var statement = statements.statement(family.householdId());
        assertThat(statement.invoice(newest).orElseThrow().remaining().cents()).isZero();
        assertThat(statement.invoice(oldest).orElseThrow().remaining().cents()).isEqualTo(2_500);
        assertThat(statement.balance().cents()).isEqualTo(2_500);
    }

    @Test
    void anInvalidPaymentIsRefusedWithMessagesAndNothingRecorded() throws Exception {
        var family = fixtures.family("Invalide");
        invoice(family.householdId(), 1, 3_000);
        var doc = Jsoup.parse(mvc.perform(post("/gestion/familles/{householdId}/reglement", family.householdId())
                        .with(logins.as("demo.agent")).with(csrf())
                        .param("receivedOn", LocalDate.now().plusMonths(2).toString()).param("mode", "BITCOIN").param("amount", "12,345"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("#receivedOn-erreur").text()).contains("futur");
        assertThat(doc.select("#mode-erreur").text()).isNotEmpty();
        assertThat(doc.select("#amount-erreur").text()).contains("Saisissez un montant");
        assertThat(doc.select("#amount").val()).isEqualTo("12,345");
        assertThat(statements.statement(family.householdId()).payments()).isEmpty();
    }

    @Test
    void aCreditNoteLargerThanTheInvoiceIsRefused() throws Exception {
        var family = fixtures.family("AvoirTrop");
        long invoiceId = invoice(family.householdId(), 1, 3_000);
        var doc = Jsoup.parse(mvc.perform(post("/gestion/familles/{householdId}/avoir", family.householdId())
                        .with(logins.as("demo.agent")).with(csrf())
                        .param("invoiceId", Long.toString(invoiceId)).param("amount", "30,01")
                        .param("reason", "Erreur"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("#amount-erreur").text()).contains("30,00");
        mvc.perform(post("/gestion/familles/{householdId}/avoir", family.householdId())
                        .with(logins.as("demo.agent")).with(csrf())
                        .param("invoiceId", Long.toString(invoiceId)).param("amount", "30")
                        .param("reason", "Erreur de saisie"))
                .andExpect(status().is3xxRedirection());
        assertThat(statements.statement(family.householdId()).balance().cents()).isZero();
    }

    @Test
    void theAgentFamilyPageLinksPaymentsCreditNotesAndPdfs() throws Exception {
        var family = fixtures.family("PageAgent");
        long invoiceId = invoice(family.householdId(), 1, 3_000);
        var doc = Jsoup.parse(mvc.perform(get("/gestion/familles/{householdId}", family.householdId())
                .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(doc.select("a[href=/gestion/familles/" + family.householdId() + "/reglement]").text())
                .isEqualTo("Enregistrer un règlement");
        assertThat(doc.select("a[href=/gestion/familles/" + family.householdId() + "/avoir]")).hasSize(1);
        String pdf = "/gestion/familles/" + family.householdId() + "/factures/" + invoiceId + "/pdf";
        assertThat(doc.select("a[href=" + pdf + "]")).hasSize(1);
        mvc.perform(get(pdf).with(logins.as("demo.agent"))).andExpect(status().isOk());
        var form = Jsoup.parse(mvc.perform(get("/gestion/familles/{householdId}/reglement", family.householdId())
                .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("#mode option").eachText()).contains("Chèque", "Espèces", "Virement", "CESU",
                "Carte bancaire", "Prélèvement");
    }

    @Test
    void familiesCannotRecordPayments() throws Exception {
        var family = fixtures.family("PasAgent");
        mvc.perform(post("/gestion/familles/{householdId}/reglement", family.householdId())
                        .with(logins.as(family.login())).with(csrf())
                        .param("receivedOn", "2025-04-01").param("mode", "CASH").param("amount", "10"))
                .andExpect(status().isForbidden());
    }
}
