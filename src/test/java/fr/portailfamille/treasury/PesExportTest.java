package fr.portailfamille.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import fr.portailfamille.billing.Ledger;
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
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/**
 * The PES V2 file of a month through its link: valid against the DGFiP schema, one title per invoice with its
 * lines, the SEPA block of a direct-debit family, each invoice exported once unless re-issued, the export recorded.
 * Each test uses a month of its own, far from the other tests' invoices.
 */
@PortalTest
class PesExportTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    private long invoice(long householdId, int year, int month, long cents) {
        LocalDate start = LocalDate.of(year, month, 1);
        return ledger.issueInvoice(householdId, start.plusMonths(1).withDayOfMonth(3), start,
                start.withDayOfMonth(start.lengthOfMonth()), start.plusMonths(1).withDayOfMonth(28), cents);
    }

    /** Two lines, as monthly invoicing writes them (the test writes them directly: only their reading matters). */
    private void lines(long invoiceId, long childId) {
        jdbc.sql("""
                INSERT INTO invoice_line (invoice_id, line_no, child_id, child_name, activity_code, activity_label,
                                          unit, billable_absence, bracket_label, unit_price_cents, quantity, amount_cents)
                VALUES (:i, 1, :c, 'Zoé Test', 'CANTINE', 'Restauration scolaire', 'MEAL', FALSE, 'QF 1', 340, 10, 3400),
                       (:i, 2, :c, 'Zoé Test', 'PERI', 'Périscolaire', 'SESSION', TRUE, 'QF 1', 170, 5, 850)""")
                .param("i", invoiceId).param("c", childId).update();
    }

    private byte[] download(String query) throws Exception {
        var result = mvc.perform(get("/gestion/facturation/pes?" + query).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(result.getContentType()).startsWith("application/xml");
        assertThat(result.getHeader("Content-Disposition")).startsWith("attachment");
        return result.getContentAsByteArray();
    }

    private String page(String query) throws Exception {
        var result = mvc.perform(get("/gestion/facturation/pes?" + query).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(result.getContentType()).startsWith("text/html");
        return result.getContentAsString();
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void aMonthGoesOnceAsValidTitlesWithTheDebtorAndTheMandate() throws Exception {
        var debit = fixtures.family("Pesprel");
        households.setBankDetails(debit.householdId(), new BankDetails("Alice Pesprel", "FR7630006000011234567890189",
                "AGRIFRPP"), PaymentMethod.DIRECT_DEBIT, LocalDate.of(2020, 9, 1));
        String rum = households.mandate(debit.householdId()).orElseThrow().reference();
        var cheque = fixtures.family("Peschq");
        long first = invoice(debit.householdId(), 2011, 3, 4250);
        lines(first, debit.childId());
        long second = invoice(cheque.householdId(), 2011, 3, 1999);
        invoice(cheque.householdId(), 2011, 4, 700); // another month: not in this file

        byte[] xml = download("mois=2011-03");

        assertThatCode(() -> PesSchema.validate(xml)).doesNotThrowAnyException();
        Document doc = parse(xml);
        var xp = XPathFactory.newInstance().newXPath();
        assertThat(xp.evaluate("//BlocBordereau/NbrPce/@V", doc)).isEqualTo("2");
        assertThat(xp.evaluate("//BlocBordereau/MtBordHt/@V", doc)).isEqualTo("62.49");
        assertThat(xp.evaluate("//BlocBordereau/Exer/@V", doc)).isEqualTo("2011");
        String p1 = "//Piece[BlocPiece/IdPce/@V='" + first + "']";
        assertThat(xp.evaluate("count(" + p1 + "/LigneDePiece)", doc)).isEqualTo("2");
        assertThat(xp.evaluate(p1 + "/LigneDePiece[2]//ObjLignePce/@V", doc))
                .isEqualTo("ZOE TEST - PERISCOLAIRE (5) ABSENCES FACTUREES");
        assertThat(xp.evaluate(p1 + "/LigneDePiece[1]//InfoPrelevementSEPA/RefUniMdt/@V", doc)).isEqualTo(rum);
        assertThat(xp.evaluate(p1 + "/LigneDePiece[1]//InfoPrelevementSEPA/SequencePres/@V", doc)).isEqualTo("02");
        assertThat(xp.evaluate(p1 + "/LigneDePiece[1]//InfoPrelevementSEPA/DateSignMandat/@V", doc))
                .isEqualTo("2020-09-01");
        assertThat(xp.evaluate(p1 + "/LigneDePiece[1]/Tiers/InfoTiers/Nom/@V", doc)).isEqualTo("PESPREL");
        String p2 = "//Piece[BlocPiece/IdPce/@V='" + second + "']";
        assertThat(xp.evaluate("count(" + p2 + "//InfoPrelevementSEPA)", doc)).isEqualTo("0");
        assertThat(xp.evaluate(p2 + "/LigneDePiece/Tiers/Adresse/Ville/@V", doc)).isEqualTo("VAL-FLEURI");
        assertThat(xp.evaluate(p2 + "/LigneDePiece/Tiers/Adresse/CP/@V", doc)).isEqualTo("44100");

        // recorded: who, when, which invoices
        assertThat(jdbc.sql("""
                SELECT e.exported_by FROM pes_export e JOIN pes_export_invoice i ON i.export_id = e.id
                 WHERE i.invoice_id = :i""").param("i", first).query(String.class).list())
                .containsExactly("demo.agent");
        assertThat(Jsoup.parse(page("")).select("table.data-table tbody tr").text())
                .contains("PES-2011-03-B", "demo.agent", "62,49");

        // once: the same link again gives the page, not a second file
        String again = page("mois=2011-03");
        assertThat(Jsoup.parse(again).select(".notice").text()).contains("ont déjà été transmises");

        // a new invoice of the month goes alone in the next file; its mandate is now recurrent
        long late = invoice(debit.householdId(), 2011, 3, 500);
        Document next = parse(download("mois=2011-03"));
        assertThat(xp.evaluate("//BlocBordereau/NbrPce/@V", next)).isEqualTo("1");
        assertThat(xp.evaluate("//BlocPiece/IdPce/@V", next)).isEqualTo(Long.toString(late));
        assertThat(xp.evaluate("//InfoPrelevementSEPA/SequencePres/@V", next)).isEqualTo("03");
        assertThat(Integer.parseInt(xp.evaluate("//BlocBordereau/IdBord/@V", next)))
                .isGreaterThan(Integer.parseInt(xp.evaluate("//BlocBordereau/IdBord/@V", doc)));

        // re-issued explicitly: the whole month again, marked as such
        byte[] reissued = download("mois=2011-03&reemettre=oui");
        assertThatCode(() -> PesSchema.validate(reissued)).doesNotThrowAnyException();
        assertThat(xp.evaluate("//BlocBordereau/NbrPce/@V", parse(reissued))).isEqualTo("3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pes_export WHERE billing_month = :m AND reissue")
                .param("m", LocalDate.of(2011, 3, 1)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theInvoicePdfsCanGoAlongAsPesPj() throws Exception {
        var family = fixtures.family("Pespj");
        long id = invoice(family.householdId(), 2012, 5, 1234);

        byte[] xml = download("mois=2012-05&pj=oui");

        assertThatCode(() -> PesSchema.validate(xml)).doesNotThrowAnyException();
        Document doc = parse(xml);
        var xp = XPathFactory.newInstance().newXPath();
        String ref = xp.evaluate("//Piece[BlocPiece/IdPce/@V='" + id + "']/BlocPiece/PJRef/IdUnique/@V", doc);
        assertThat(ref).startsWith("FACT2012");
        String pdf = xp.evaluate("/*/PES_PJ/PJ[IdUnique/@V='" + ref + "']/Contenu/Fichier", doc);
        assertThat(new String(java.util.Base64.getMimeDecoder().decode(pdf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void aWrongMonthIsExplainedNextToTheFieldAndNothingIsRecorded() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM pes_export").query(Integer.class).single();
        for (String bad : new String[] {"2026-13", "abc", "1850-01", "%3Cscript%3E", "2011-03%00"}) {
            var doc = Jsoup.parse(page("mois=" + bad));
            assertThat(doc.select("#mois-erreur").text()).as(bad).isEqualTo("Indiquez un mois valide, par exemple 2026-10.");
            assertThat(doc.select("#mois").attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(Jsoup.parse(page("mois=2009-02")).select(".notice").text()).contains("Aucune facture");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pes_export").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void familiesCannotReachIt() throws Exception {
        mvc.perform(get("/gestion/facturation/pes?mois=2011-03").with(logins.as("demo.famille")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBillingPageLinksToIt() throws Exception {
        var html = mvc.perform(get("/gestion/facturation").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("a[href^=/gestion/facturation/pes?mois=]")).hasSize(1);
    }
}
