package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The family opens Relevé de compte, downloads an invoice PDF, pays it with the simulator, sees the balance fall. */
@PortalTest
class BillingJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired Invoicing invoicing;
    @Autowired RecordedBillableDays agenda;

    @AfterEach
    void clear() {
        agenda.clear();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(WebDriver driver, String login) {
        driver.get(url("/connexion"));
        driver.findElement(By.id("identifiant")).sendKeys(login);
        driver.findElement(By.id("motDePasse")).sendKeys(Fixtures.PASSWORD);
        Browser.follow(driver, () -> driver.findElement(By.id("motDePasse")).submit());
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
    }

    private void loginAsAgent(WebDriver driver) {
        driver.get(url("/connexion"));
        driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
        driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026");
        Browser.follow(driver, () -> driver.findElement(By.id("motDePasse")).submit());
        assertThat(driver.getCurrentUrl()).contains("/gestion");
    }

    @Test
    void payAnInvoiceOnlineAfterDownloadingItsPdf() {
        Browser.requireOrSkip();
        var family = fixtures.family("Parcours");
        ledger.issueInvoice(family.householdId(), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 3), 4_550);
        var month = YearMonth.of(2026, 2);
        for (int d : new int[] {2, 3, 4}) {
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.DAY, month.atDay(d),
                    false));
        }
        invoicing.run(month, LocalDate.of(2026, 3, 2));

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            login(driver, family.login());
            Browser.follow(driver, By.linkText("Relevé de compte"));
            assertThat(driver.findElement(By.cssSelector(".summary-line")).getText()).contains("93,50 € à payer");
            Axe.assertNoSeriousViolations(driver, "relevé de compte");
            browser.screenshot(Path.of("target/screenshots/releve-desktop.png"));

            // download the newest invoice's PDF in the family's own session
            var pdfLink = driver.findElements(By.cssSelector("a[href$='/pdf']")).get(0);
            assertThat(pdfLink.getAccessibleName()).startsWith("PDF de la facture 2026-");
            @SuppressWarnings("unchecked")
            var download = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
                        status: r.status, type: r.headers.get('content-type'),
                        magic: String.fromCharCode(...new Uint8Array(b.slice(0, 4))), size: b.byteLength})));
                    """, pdfLink.getAttribute("href"));
            assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                    .containsEntry("magic", "%PDF");
            assertThat((Long) download.get("size")).isGreaterThan(1000L);

            // the newest invoice's « Payer » pays what is left of it: its period (48,00 €) and the 45,50 € it carries;
            // pay the oldest invoice (45,50 €) online with the simulator
            List<org.openqa.selenium.WebElement> payButtons = driver.findElements(By.cssSelector("button[aria-label^='Payer en ligne la facture']"));
            assertThat(payButtons.get(0).getAttribute("aria-label")).endsWith("93,50\u00a0€");
            Browser.follow(driver, payButtons.get(1)::click);
            waitForHeading(driver, "Paiement en ligne");
            assertThat(driver.findElement(By.cssSelector(".balance-amount")).getText()).isEqualTo("45,50 €");
            Axe.assertNoSeriousViolations(driver, "paiement en ligne");
            Browser.follow(driver, By.id("continuer-paiement"));
            waitForHeading(driver, "Simulateur de paiement");
            Axe.assertNoSeriousViolations(driver, "simulateur");
            browser.screenshot(Path.of("target/screenshots/simulateur-desktop.png"));
            Browser.follow(driver, By.id("approuver"));
            Browser.waitFor(driver).until(ExpectedConditions.urlToBe(url("/releve")));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).contains("Paiement accepté");
            assertThat(driver.findElement(By.cssSelector(".summary-line")).getText()).contains("48,00 € à payer");
            assertThat(driver.findElement(By.cssSelector("#titre-reglements + .table-wrap")).getText())
                    .contains("Carte bancaire", "45,50 €");
            browser.screenshot(Path.of("target/screenshots/releve-apres-paiement-desktop.png"));
            browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            browser.screenshot(Path.of("target/screenshots/releve-phone.png"));
            driver.get(url("/enfants/tarifs"));
            Axe.assertNoSeriousViolations(driver, "tarifs appliqués");
            browser.screenshot(Path.of("target/screenshots/tarifs-appliques-phone.png"));
            browser.resizeViewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
            browser.screenshot(Path.of("target/screenshots/tarifs-appliques-desktop.png"));
        }
    }

    @Test
    void agentPagesAreAccessible() {
        Browser.requireOrSkip();
        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            loginAsAgent(driver);
            for (String page : List.of("/gestion/tarifs", "/gestion/facturation")) {
                driver.get(url(page));
                Axe.assertNoSeriousViolations(driver, page);
                String name = page.substring(page.lastIndexOf('/') + 1);
                browser.screenshot(Path.of("target/screenshots/" + name + "-desktop.png"));
                browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
                browser.screenshot(Path.of("target/screenshots/" + name + "-phone.png"));
                browser.resizeViewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
            }
            driver.get(url("/gestion/familles"));
            driver.get(url("/gestion/tarifs"));
            Browser.follow(driver, By.linkText("Familles"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }

    @Autowired DirectDebits directDebits;
    @Autowired fr.portailfamille.family.Households households;

    /** Issue 15: the agent imports the bank's return file; the rejected debit's family owes its invoice again. */
    @Test
    void anAgentImportsTheBanksReturnFile() throws Exception {
        Browser.requireOrSkip();
        var family = fixtures.family("RetourBanque");
        households.setBankDetails(family.householdId(), new fr.portailfamille.family.BankDetails("Alice RetourBanque",
                SepaRulesTest.IBAN, "AGRIFRPP"), fr.portailfamille.family.PaymentMethod.DIRECT_DEBIT,
                LocalDate.of(2025, 9, 1));
        ledger.issueInvoice(family.householdId(), LocalDate.of(2026, 5, 3), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 3), 3_210);
        var batch = directDebits.prepare(LocalDate.now().plusDays(20));
        directDebits.markCollected(batch.batchId());
        String endToEnd = directDebits.debits(batch.batchId()).stream()
                .filter(d -> d.householdId() == family.householdId()).findFirst().orElseThrow().endToEndId();
        Path file = Path.of("target/retour-banque-" + endToEnd + ".xml").toAbsolutePath();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, SepaRulesTest.pain002(endToEnd, "AM04"));

        try (Browser browser = Browser.ofSize(1366, 1000)) {
            WebDriver driver = browser.driver();
            loginAsAgent(driver);
            driver.get(url("/gestion/facturation"));
            // an empty submission: a clear message next to the field
            Browser.follow(driver, () -> driver.findElement(
                    By.xpath("//button[normalize-space()='Importer le fichier retour']")).click());
            assertThat(driver.findElement(By.id("fichier-retour-erreur")).getText())
                    .isEqualTo("Choisissez le fichier retour de la banque (il est vide).");
            Axe.assertNoSeriousViolations(driver, "facturation, erreur de fichier retour");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('retours').scrollIntoView()");
            browser.screenshot(Path.of("target/screenshots/retours-erreur-desktop.png"));

            driver.findElement(By.id("fichier-retour")).sendKeys(file.toString());
            Browser.follow(driver, () -> driver.findElement(
                    By.xpath("//button[normalize-space()='Importer le fichier retour']")).click());
            assertThat(driver.findElement(By.id("prelevements")).getText())
                    .contains("Fichier importé : 1 prélèvement(s) rejeté(s)");
            Axe.assertNoSeriousViolations(driver, "facturation, fichier retour importé");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('retours').scrollIntoView()");
            browser.screenshot(Path.of("target/screenshots/retours-desktop.png"));
            browser.resizeViewport(Browser.PHONE_WIDTH, 1400);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('retours').scrollIntoView()");
            browser.screenshot(Path.of("target/screenshots/retours-phone.png"));
            assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("no sideways scroll on a phone").isLessThanOrEqualTo(0L);

            driver.get(url("/gestion/facturation/prelevements/" + batch.batchId()));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("AM04 — Provision insuffisante");
        }
    }

    /** A form post navigates: wait for the next page's heading rather than reading the old page. */
    private static void waitForHeading(WebDriver driver, String heading) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }
}
