package fr.portailfamille.web;

import fr.portailfamille.billing.Statements;
import fr.portailfamille.family.DirectDebitAccount;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.shared.Money;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo families' home pages and statements show figures derived from their invoices and payments. */
@PortalTest
class DemoFamiliesPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Statements statements;
    @Autowired Households households;

    private Document page(String login, String path) throws Exception {
        var response = mvc.perform(get(path).with(logins.as(login))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long householdOf(String login) {
        return jdbc.sql("SELECT household_id FROM account WHERE login = :l").param("l", login)
                .query(Long.class).single();
    }

    /** The balance computed straight from the rows: invoiced minus paid. */
    private long balanceFromRows(long householdId) {
        long invoiced = jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM invoice WHERE household_id = :h")
                .param("h", householdId).query(Long.class).single();
        long paid = jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE household_id = :h")
                .param("h", householdId).query(Long.class).single();
        return invoiced - paid;
    }

    @Test
    void theDemoFamilyOwesItsTwoInvoicesLessItsPartialPayment() throws Exception {
        long household = householdOf("demo.famille");
        var statement = statements.statement(household);
        assertThat(statement.balance()).isEqualTo(Money.ofCents(balanceFromRows(household)))
                .isEqualTo(Money.ofCents(10_620 + 11_250 - 6_000));
        var newest = statement.invoices().get(0);
        var oldest = statement.invoices().get(1);
        assertThat(newest.previousBalance()).isEqualTo(oldest.remaining()).isEqualTo(Money.ofCents(4_620));
        assertThat(newest.totalToPay()).isEqualTo(statement.balance());

        var home = page("demo.famille", "/");
        assertThat(home.select(".balance-card .balance-amount").text()).isEqualTo("158,70 €");
        var unpaidRows = home.select("#titre-impayees ~ .table-wrap tbody tr");
        assertThat(unpaidRows).hasSize(2);
        assertThat(unpaidRows.get(0).text()).contains(newest.number(), "112,50 €", "À payer");
        assertThat(unpaidRows.get(1).text()).contains(oldest.number(), "46,20 €", "En retard");
        assertThat(home.select(".child-item")).hasSize(3);
        assertThat(home.select(".child-item").text()).contains("Léa", "2 ans", "Hugo", "7 ans", "Inès", "12 ans");
        assertThat(home.text()).contains("Mme Claire Martin", "06 12 34 56 78");
        assertThat(home.select("a[href=/mot-de-passe]")).isNotEmpty();
    }

    @Test
    void theStatementListsInvoicesWithPreviousBalanceAndPayments() throws Exception {
        var releve = page("demo.famille", "/releve");
        var invoiceRows = releve.select("#titre-factures ~ .table-wrap tbody tr");
        assertThat(invoiceRows).hasSize(2);
        assertThat(invoiceRows.get(0).text()).contains("112,50 €", "46,20 €", "158,70 €", "À payer");
        assertThat(invoiceRows.get(1).text()).contains("106,20 €", "60,00 €", "46,20 €", "En retard");
        var paymentRows = releve.select("#titre-reglements ~ .table-wrap tbody tr");
        assertThat(paymentRows).hasSize(1);
        assertThat(paymentRows.get(0).text()).contains("Chèque", "60,00 €");
        assertThat(releve.select(".summary-line").text()).contains("158,70 € à payer");
    }

    /** Issue 10: the demo invoices come from the real invoicing of attended days, detailed on their PDF. */
    @Test
    void theDemoInvoicesAreDetailedByChildDayUnitPriceAndBracket() throws Exception {
        var martin = statements.statement(householdOf("demo.famille")).invoices().get(0);
        String text = pdfText("demo.famille", martin.id());
        assertThat(text).doesNotContain("Montant global")
                .contains("Inès", "Hugo", "Croc'Vacances — Journée", "Restauration scolaire — Repas", "Tranche 2")
                .contains("12,00 €", "10,80 €", "3,15 €", "36,00 €", "32,40 €", "44,10 €", "112,50 €", "158,70 €");
        for (String login : new String[] {"demo.bernard", "demo.petit"}) {
            var invoice = statements.statement(householdOf(login)).invoices().get(0);
            assertThat(pdfText(login, invoice.id())).as(login).doesNotContain("Montant global")
                    .contains("Restauration scolaire — Repas");
        }
    }

    private String pdfText(String login, long invoiceId) throws Exception {
        byte[] pdf = mvc.perform(get("/releve/factures/" + invoiceId + "/pdf").with(logins.as(login))).andReturn()
                .getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void aFamilyInCreditSeesItsCredit() throws Exception {
        long household = householdOf("demo.petit");
        assertThat(statements.statement(household).credit()).isEqualTo(Money.ofCents(-balanceFromRows(household)))
                .isEqualTo(Money.ofCents(6_800));
        var home = page("demo.petit", "/");
        assertThat(home.select(".balance-card").text()).contains("68,00 €", "en votre faveur");
        assertThat(home.text()).contains("Aucune facture impayée.");
    }

    @Test
    void aFamilyThatOwesNothingSaysSo() throws Exception {
        assertThat(balanceFromRows(householdOf("demo.bernard"))).isZero();
        var home = page("demo.bernard", "/");
        assertThat(home.select(".balance-card").text()).contains("Rien à payer");
        assertThat(home.text()).contains("Aucune facture impayée.");
    }

    @Test
    void theBernardFamilyPaysByDirectDebitUnderAnActiveMandate() throws Exception {
        long bernard = householdOf("demo.bernard");
        assertThat(households.household(bernard).paymentMethod()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(households.directDebitAccounts()).filteredOn(a -> a.householdId() == bernard)
                .singleElement().extracting(DirectDebitAccount::debtorName).isEqualTo("Sophie Bernard");
        var account = page("demo.bernard", "/compte");
        assertThat(account.text()).contains(households.mandate(bernard).orElseThrow().reference());
        assertThat(account.html()).doesNotContain("FR7630004000031234567890143");
        var sepa = page("demo.agent", "/gestion/facturation");
        assertThat(sepa.select("#familles-prelevees").text())
                .matches("Familles au prélèvement avec un mandat actif : [1-9]\\d*");
    }

    @Test
    void monCompteShowsTheRecordWithTheIbanMasked() throws Exception {
        var account = page("demo.famille", "/compte");
        assertThat(account.text()).contains("Claire", "Julien", "742", "1234567",
                "Carte bancaire en ligne", "38 500,00 €");
        assertThat(account.html()).doesNotContain("FR7630006000011234567890189").doesNotContain("3000 6000");
        // the bank details card shows the IBAN masked; the mandate is for families paying by direct debit only
        assertThat(account.select("dd").eachText()).filteredOn(t -> t.startsWith("****")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.replace(" ", "")).endsWith("0189"));
        assertThat(account.text()).doesNotContainPattern("PF-\\d{8}-\\d{8}-01");
        assertThat(page("demo.bernard", "/compte").text()).containsPattern("PF-\\d{8}-\\d{8}-01");
    }

    @Test
    void theBarHasTheSeedsEntriesInItsOrder() throws Exception {
        var home = page("demo.famille", "/");
        home.select(".main-nav .nav-count, .main-nav .visually-hidden").remove(); // the unread count, if any
        assertThat(home.select(".main-nav li").eachText()).containsExactly("Accueil", "Mon compte", "Mes enfants",
                "Relevé de compte", "Boîte de réception", "Liste des demandes", "Déconnexion");
    }

    @Test
    void agentsSeeCountersAndFindFamilies() throws Exception {
        var dashboard = page("demo.agent", "/gestion");
        long families = jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
        assertThat(dashboard.select(".counter-value").first().text()).isEqualTo(String.valueOf(families));

        var byName = page("demo.agent", "/gestion/familles?q=martin");
        assertThat(byName.select("tbody tr").text()).contains("Famille Martin");
        var byLogin = page("demo.agent", "/gestion/familles?q=demo.petit");
        assertThat(byLogin.select("tbody tr").text()).contains("Famille Petit");
        long martin = householdOf("demo.famille");
        var family = page("demo.agent", "/gestion/familles/" + martin);
        assertThat(family.text()).contains("Famille Martin", "158,70 €", "demo.famille");
    }

    @Test
    void englishIsTheSecondLocale() throws Exception {
        var response = mvc.perform(get("/releve").param("lang", "en").with(logins.as("demo.famille")))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text()).isEqualTo("Account statement");
    }
}
