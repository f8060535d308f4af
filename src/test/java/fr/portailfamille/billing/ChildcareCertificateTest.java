package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.family.Households;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certificate for the childcare tax credit, on the hand-computed year of issue 15 (2030):
 * <pre>
 * Léa, born 01/05/2027 (2 on 1 January 2030); Tom, born 10/03/2024 (5 on 1 January, 6 on 10 March 2030);
 * Noé, born 01/01/2020 (10: not on the certificate).
 * A  November 2029, issued 02/12/2029: Léa 10 days × 20,00 = 200,00, Tom 10 × 10,00 = 100,00,
 *    meals 10 × 5,00 each = 100,00, Noé 10 × 3,00 = 30,00: 430,00 €.
 *    Paid 130,00 € on 20/12/2029 and 300,00 € on 10/01/2030 (two instalments across 31 December).
 * B  March 2030, issued 02/04/2030: Léa 5 × 20,00 = 100,00, Tom 5 × 10,00 = 50,00, meals 5 × 5,00 each = 50,00:
 *    200,00 €. Credit note of 40,00 € on 10/04/2030; paid 160,00 € on 20/04/2030.
 * C  November 2030, issued 02/12/2030: Léa 2 × 20,00, Tom 2 × 10,00 = 60,00 €, unpaid.
 *
 * 2030: A paid 300,00 of 430,00 → Léa 300 × 200/430 = 139,53, Tom 300 × 100/430 = 69,77;
 *       B paid 160,00 of 200,00 → Léa 160 × 100/200 = 80,00, Tom 160 × 50/200 = 40,00; C nothing.
 *       Léa 219,53 €, Tom 109,77 €, total 329,30 €.
 * 2029: A paid 130,00 → Léa 130 × 200/430 = 60,47, Tom 30,23.
 * </pre>
 */
@PortalTest
class ChildcareCertificateTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Ledger ledger;
    @Autowired InvoicingStore invoicingStore;
    @Autowired InvoiceDocuments documents;

    long invoice(long householdId, LocalDate issued, LocalDate from, List<InvoiceDraft.Line> lines) {
        long total = lines.stream().mapToLong(InvoiceDraft.Line::amountCents).sum();
        long id = ledger.issueInvoice(householdId, issued, from, from.plusMonths(1).minusDays(1), issued.plusDays(30),
                total);
        invoicingStore.insertLines(id, lines);
        return id;
    }

    static InvoiceDraft.Line line(int no, long child, String name, BillingUnit unit, long unitCents, LocalDate from,
                                  int days) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            dates.add(from.plusDays(d));
        }
        return new InvoiceDraft.Line(no, child, name, "ALSH", "Accueil de loisirs", unit, false, "Tranche 1",
                unitCents, dates);
    }

    @Test
    void theCertificateStatesWhatWasPaidInTheYearPerChildUnderSixOnFirstJanuary() throws Exception {
        var family = fixtures.family("Credit", LocalDate.of(2027, 5, 1));
        long lea = family.childId();
        long tom = households.addChild(family.householdId(), "Tom", "Credit", LocalDate.of(2024, 3, 10), "M", null,
                null);
        long noe = households.addChild(family.householdId(), "Noe", "Credit", LocalDate.of(2020, 1, 1), "M", null,
                null);
        long h = family.householdId();
        var nov29 = LocalDate.of(2029, 11, 1);
        long a = invoice(h, LocalDate.of(2029, 12, 2), nov29, List.of(
                line(1, lea, "Léa", BillingUnit.DAY, 2_000, nov29, 10),
                line(2, lea, "Léa", BillingUnit.MEAL, 500, nov29, 10),
                line(3, tom, "Tom", BillingUnit.DAY, 1_000, nov29, 10),
                line(4, tom, "Tom", BillingUnit.MEAL, 500, nov29, 10),
                line(5, noe, "Noé", BillingUnit.DAY, 300, nov29, 10)));
        ledger.recordPayment(h, LocalDate.of(2029, 12, 20), PaymentMode.CHEQUE, 13_000, "acompte");
        ledger.recordPayment(h, LocalDate.of(2030, 1, 10), PaymentMode.CHEQUE, 30_000, "solde");
        var mar30 = LocalDate.of(2030, 3, 2);
        long b = invoice(h, LocalDate.of(2030, 4, 2), LocalDate.of(2030, 3, 1), List.of(
                line(1, lea, "Léa", BillingUnit.DAY, 2_000, mar30, 5),
                line(2, lea, "Léa", BillingUnit.MEAL, 500, mar30, 5),
                line(3, tom, "Tom", BillingUnit.DAY, 1_000, mar30, 5),
                line(4, tom, "Tom", BillingUnit.MEAL, 500, mar30, 5)));
        ledger.issueCreditNote(h, b, LocalDate.of(2030, 4, 10), 4_000, "absence remboursée");
        ledger.recordPayment(h, LocalDate.of(2030, 4, 20), PaymentMode.CARD, 16_000, "en ligne");
        var nov30 = LocalDate.of(2030, 11, 4);
        invoice(h, LocalDate.of(2030, 12, 2), LocalDate.of(2030, 11, 1), List.of(
                line(1, lea, "Léa", BillingUnit.DAY, 2_000, nov30, 2),
                line(2, tom, "Tom", BillingUnit.DAY, 1_000, nov30, 2)));
        assertThat(a).isPositive();

        // eldest first: Tom, then Léa; Noé (10) is not there
        assertThat(documents.certificateLines(h, 2030)).extracting(l -> l.amount().cents())
                .containsExactly(10_977L, 21_953L);
        assertThat(documents.certificateLines(h, 2029)).extracting(l -> l.amount().cents())
                .containsExactly(3_023L, 6_047L);

        byte[] pdf = mvc.perform(get("/releve/attestations/2030/pdf").with(logins.as(family.login())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = InvoiceDocumentsTest.text(pdf);
        assertThat(text).contains("Attestation de frais de garde 2030", "a payé, au cours de l'année 2030",
                "au 1er janvier 2030", "Période : du 01/01/2030 au 31/12/2030", "10/03/2024", "01/05/2027",
                "109,77 €", "219,53 €", "Total 329,30 €", "SIRET : 21440000000019", "Ville de Val-Fleuri");
        assertThat(text).doesNotContain("Noe Credit", "2 030");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.writeString(Path.of("target/screenshots/attestation-2030.txt"), text);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80),
                    "png", Path.of("target/screenshots/attestation-2030.png").toFile());
        }
    }

    @Test
    void yearsAreWrittenAsYearsOnTheStatementAndTheCertificate() throws Exception {
        var today = LocalDate.now();
        var family = fixtures.family("Annee", today.minusYears(2));
        var first = today.withDayOfMonth(1);
        invoice(family.householdId(), today, first, List.of(
                line(1, family.childId(), "Enfant", BillingUnit.DAY, 1_500, first, 1)));
        ledger.recordPayment(family.householdId(), today, PaymentMode.CASH, 1_500, "espèces");
        String year = Integer.toString(today.getYear());
        var page = Jsoup.parse(mvc.perform(get("/releve").with(logins.as(family.login())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var link = page.select("a[href=/releve/attestations/" + year + "/pdf]");
        // a number format writes 2026 as « 2 026 » (with a narrow no-break space in French)
        assertThat(link.text()).isEqualTo("Attestation " + year + " (PDF)");
        assertThat(page.text()).doesNotContainPattern("\\b" + year.charAt(0) + "[\\s\\u00a0\\u202f]" + year.substring(1));
        String text = InvoiceDocumentsTest.text(mvc.perform(get(link.attr("href")).with(logins.as(family.login())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Attestation de frais de garde " + year, "l'année " + year, "janvier " + year)
                .doesNotContainPattern(year.charAt(0) + "[\\s\\u00a0\\u202f]" + year.substring(1));
    }
}
