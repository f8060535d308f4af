package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.imageio.ImageIO;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.family.Households;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class InvoiceDocumentsTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Invoicing invoicing;
    @Autowired Ledger ledger;
    @Autowired Statements statements;
    @Autowired RecordedBillableDays agenda;

    @AfterEach
    void clear() {
        agenda.clear();
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
    }

    @Test
    void theInvoicePdfShowsLinesPreviousBalanceTotalAndDueDate() throws Exception {
        // no QF known: highest bracket (day 16,00, meal 4,20), resident
        var family = fixtures.family("Pdf", LocalDate.of(2027, 5, 1));
        ledger.issueInvoice(family.householdId(), LocalDate.of(2030, 2, 3), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 31), LocalDate.of(2030, 3, 3), 4_550);
        var month = YearMonth.of(2030, 2);
        for (int d : new int[] {3, 4, 5}) {
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.DAY, month.atDay(d),
                    false));
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.MEAL,
                    month.atDay(d), false));
        }
        invoicing.run(month, LocalDate.of(2030, 3, 2));
        var invoice = statements.statement(family.householdId()).invoices().get(0);

        var response = mvc.perform(get("/releve/factures/{invoiceId}/pdf", invoice.id())
                        .with(logins.as(family.login())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"facture-" + invoice.number() + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(response);
        assertThat(text).contains("Ville de Val-Fleuri", "Facture n° " + invoice.number(), "Émise le 02/03/2030",
                "Période du 01/02/2030 au 28/02/2030", "Tranche 3", "03/02, 04/02, 05/02",
                "16,00 €", "48,00 €", "4,20 €", "12,60 €",
                "Montant de la période 60,60 €", "Solde antérieur restant dû 45,50 €", "Total à payer 106,10 €",
                "À payer avant le 01/04/2030", "titre de recettes exécutoire");

        Files.createDirectories(Path.of("target/screenshots"));
        try (var doc = Loader.loadPDF(response)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 90), "png",
                    Path.of("target/screenshots/facture-pdf.png").toFile());
        }
    }

    @Test
    void aFamilyReachesOnlyItsOwnPdfs() throws Exception {
        var owner = fixtures.family("Proprietaire");
        var other = fixtures.family("Curieuse");
        long invoiceId = ledger.issueInvoice(owner.householdId(), LocalDate.of(2030, 2, 3), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 31), LocalDate.of(2030, 3, 3), 1_000);
        mvc.perform(get("/releve/factures/{invoiceId}/pdf", invoiceId).with(logins.as(other.login())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/releve/factures/{invoiceId}/pdf", 999_999_999L).with(logins.as(owner.login())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/releve/factures/{invoiceId}/pdf", invoiceId).with(logins.as(owner.login())))
                .andExpect(status().isOk());
        mvc.perform(get("/releve/attestations/2030/pdf").with(logins.as(other.login())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRelevePageLinksEachInvoicePdf() throws Exception {
        var family = fixtures.family("Lien");
        long invoiceId = ledger.issueInvoice(family.householdId(), LocalDate.of(2030, 2, 3), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 31), LocalDate.of(2030, 3, 3), 1_000);
        var doc = Jsoup.parse(mvc.perform(get("/releve").with(logins.as(family.login())))
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.select("a[href=/releve/factures/" + invoiceId + "/pdf]").attr("aria-label"))
                .startsWith("PDF de la facture 2030-");
    }

    @Test
    void theYearlyCertificateCountsChildcareButNotMealsForChildrenUnderSix() throws Exception {
        var family = fixtures.family("Attestation", LocalDate.of(2027, 5, 1));
        long older = households.addChild(family.householdId(), "Grand", "Attestation", LocalDate.of(2020, 1, 1), "M",
                null, null);
        var month = YearMonth.of(2030, 4);
        for (int d : new int[] {8, 9}) {
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.DAY, month.atDay(d),
                    false));
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.MEAL,
                    month.atDay(d), false));
            agenda.add(new BillableDay(family.householdId(), older, "ALSH", BillingUnit.DAY, month.atDay(d), false));
        }
        invoicing.run(month, LocalDate.of(2030, 5, 2));
        // the certificate counts what was paid: the invoice is paid in full in 2030
        var invoice = statements.statement(family.householdId()).invoices().get(0);
        ledger.recordPayment(family.householdId(), LocalDate.of(2030, 5, 20), PaymentMode.CHEQUE,
                invoice.amount().cents(), "chèque");
        byte[] pdf = mvc.perform(get("/releve/attestations/2030/pdf").with(logins.as(family.login())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        // the younger child (2 on 1 January 2030): 2 days at 16,00 € less 10 % as second child billed = 28,80 €;
        // meals excluded. The older one (10) is not on the certificate.
        assertThat(text).contains("Attestation de frais de garde 2030", "au 1er janvier 2030", "01/05/2027",
                "Total 28,80 €");
        assertThat(text).doesNotContain("Grand Attestation");
    }
}
