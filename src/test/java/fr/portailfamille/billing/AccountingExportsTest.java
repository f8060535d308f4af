package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AccountingExportsTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;

    @Test
    void invoicesCreditNotesAndPaymentsAreExportedForTheAccounting() throws Exception {
        var family = fixtures.family("Export");
        long invoiceId = ledger.issueInvoice(family.householdId(), LocalDate.of(2029, 3, 3), LocalDate.of(2029, 2, 1),
                LocalDate.of(2029, 2, 28), LocalDate.of(2029, 4, 2), 12_345);
        ledger.issueCreditNote(family.householdId(), invoiceId, LocalDate.of(2029, 3, 10), 345, "Erreur; de saisie");
        ledger.recordPayment(family.householdId(), LocalDate.of(2029, 3, 12), PaymentMode.CHEQUE, 15_000,
                "=HYPERLINK(\"x\")");

        String invoices = new String(mvc.perform(get("/gestion/facturation/export/factures.csv")
                        .param("du", "2029-03-01").param("au", "2029-03-31").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(invoices).startsWith("\uFEFFtype;numero;date_emission");
        assertThat(invoices).containsPattern("FACTURE;2029-\\d{6};2029-03-03;" + family.householdId()
                + ";Famille Export;2029-02-01;2029-02-28;2029-04-02;123,45;12345;\r\n");
        assertThat(invoices).containsPattern("AVOIR;AV-2029-\\d{6};2029-03-10;" + family.householdId()
                + ";Famille Export;2029-02-01;2029-02-28;;-3,45;-345;2029-\\d{6}\r\n");

        String payments = new String(mvc.perform(get("/gestion/facturation/export/reglements.csv")
                        .param("du", "2029-03-01").param("au", "2029-03-31").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        // 150,00 paid: 120,00 settles the invoice (123,45 less the 3,45 credit note), 30,00 is a credit;
        // a reference that a spreadsheet would run as a formula is neutralised
        assertThat(payments).contains(";" + family.householdId() + ";Famille Export;CHEQUE;150,00;15000;"
                + "\"'=HYPERLINK(\"\"x\"\")\";120,00;30,00;\r\n");
        mvc.perform(get("/gestion/facturation/export/reglements.csv").param("du", "2029-03-01")
                .param("au", "2029-03-31").with(logins.as(family.login()))).andExpect(status().isForbidden());
    }

    @Test
    void theInvoicingPageOffersTheRunExportsAndDirectDebits() throws Exception {
        var doc = Jsoup.parse(mvc.perform(get("/gestion/facturation").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("h2").eachText()).contains("Facturer un mois", "Exports comptables",
                "Prélèvements SEPA");
        var error = Jsoup.parse(mvc.perform(post("/gestion/facturation/lancer").with(logins.as("demo.agent"))
                        .with(csrf()).param("month", "2029-13").param("issueDate", "hier"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(error.select("#month-erreur").text()).contains("Choisissez un mois");
        assertThat(error.select("#issueDate-erreur").text()).contains("Date invalide");
        assertThat(error.select("#month").val()).isEqualTo("2029-13");
    }

    @Test
    void csvCells() {
        assertThat(CsvWriter.cell("-12,50")).isEqualTo("-12,50");
        assertThat(CsvWriter.cell("+33 6")).isEqualTo("'+33 6");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvWriter.amount(-5)).isEqualTo("-0,05");
        assertThat(CsvWriter.amount(123_456)).isEqualTo("1234,56");
    }
}
