package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: invoice 2 shows « Payée » and « Reste dû 0,00 € » while the 86,40 € it carries from invoice 1 is
 * still owed. The Relevé now says, per invoice, what is still to pay of its period and of the previous balance.
 */
@PortalTest
class StillToPayPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired Statements statements;
    @Autowired fr.portailfamille.support.TestClock clock;

    @Test
    void theRelevéSaysWhatIsStillToPayOfThePeriodAndOfThePreviousBalance() throws Exception {
        var family = fixtures.family("Reste");
        long h = family.householdId();
        long september = ledger.issueInvoice(h, LocalDate.of(2025, 10, 5), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31), 18_640);
        ledger.recordPayment(h, LocalDate.of(2025, 10, 20), PaymentMode.CHEQUE, 10_000, "n° 1", september);
        long october = ledger.issueInvoice(h, LocalDate.of(2025, 11, 5), LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 31), clock.today().plusDays(30), 21_550);
        ledger.recordPayment(h, LocalDate.of(2025, 11, 12), PaymentMode.CARD, 21_550, null, october);
        String number = statements.statement(h).invoice(october).orElseThrow().number();

        var releve = Jsoup.parse(mvc.perform(get("/releve").with(logins.as(family.login())))
                .andReturn().getResponse().getContentAsString());
        var row = releve.getElementById("facture-" + number);
        assertThat(row).isNotNull();
        assertThat(row.select("[data-label='Total à payer']").text()).isEqualTo("301,90 €");
        assertThat(row.select("[data-label='Réglé']").text()).isEqualTo("215,50 €");
        assertThat(row.select("[data-label='Reste à payer'] .strong").text()).isEqualTo("86,40 €");
        assertThat(row.select("[data-label='Reste à payer'] .still-detail").text())
                .isEqualTo("dont 0,00 € de la période et 86,40 € de solde antérieur");
        assertThat(row.select(".badge").text()).isNotEqualTo("Payée").isEqualTo("Partiellement payée");
        assertThat(row.select("form button").attr("aria-label")).contains("86,40");
        assertThat(releve.select(".summary-line").text()).contains("86,40 € à payer");

        // the PDF is the invoice as issued: its period, the previous balance still owed then, and their total
        byte[] pdf = mvc.perform(get("/releve/factures/" + october + "/pdf").with(logins.as(family.login())))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Montant de la période").contains("215,50 €")
                    .contains("Solde antérieur restant dû").contains("86,40 €")
                    .contains("Total à payer").contains("301,90 €");
        }
    }
}
