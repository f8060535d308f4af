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
            driver.get(url("/connexion"));
            driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026");
            Browser.follow(driver, () -> driver.findElement(By.id("motDePasse")).submit());
            assertThat(driver.getCurrentUrl()).contains("/gestion");
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

    /** A form post navigates: wait for the next page's heading rather than reading the old page. */
    private static void waitForHeading(WebDriver driver, String heading) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }
}
