package fr.portailfamille.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.billing.BillingUnit;
import fr.portailfamille.billing.RecordedBillableDays;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agent's day (issue 16): the dashboard, « demandes en attente » to the queue, the monthly invoicing started
 * as a background job whose progress bar reaches 100 %, and its result; the charts. Screenshots at 1366 and 390.
 */
@PortalTest
class AgentDayJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired RecordedBillableDays agenda;
    @Autowired TestClock clock;

    @AfterEach
    void clear() {
        agenda.clear();
    }

    @Test
    void dashboardQueueThenMonthlyInvoicingWithProgress() throws Exception {
        Browser.requireOrSkip();
        var family = fixtures.family("Journee");
        requests.submit(new NewRequest(family.householdId(), "family.child-health", family.childId(), "test",
                Map.of("pai", "false", "diet", "NONE"), Map.of()));
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        for (int d = 3; d <= 6; d++) {
            agenda.add(new BillableDay(family.householdId(), family.childId(), "ALSH", BillingUnit.DAY, last.atDay(d),
                    false));
        }
        try (var browser = Browser.ofSize(1366, 900)) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/gestion/connexion");
            driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026");
            Browser.follow(driver, By.cssSelector("button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("/gestion");
            assertThat(driver.findElement(By.id("titre-a-faire")).getText()).isEqualTo("À faire aujourd’hui");
            Axe.assertNoSeriousViolations(driver, "Tableau de bord");
            browser.screenshot(SHOTS.resolve("issue16-tableau-de-bord-1366.png"));

            // « demandes en attente » → the queue filtered on the kind
            Browser.follow(driver, By.cssSelector("#todo-demandes a[href*='type=family.child-health']"));
            assertThat(driver.getCurrentUrl()).contains("/gestion/demandes?type=family.child-health");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Demandes à valider");
            assertThat(driver.findElement(By.cssSelector("#type option:checked")).getAttribute("value"))
                    .isEqualTo("family.child-health");

            // the back-office bar holds on one line at 1366 px: every entry at the same height
            assertThat(topsOfTheBar(driver)).as("one line of the bar at 1366 px").hasSize(1);

            // the monthly invoicing, started as a job (Facturation is in the bar's « Finances » group)
            openGroup(driver, "Finances");
            Browser.follow(driver, By.linkText("Facturation"));
            Browser.follow(driver, By.cssSelector("form[action$='/gestion/facturation/lancer'] button[type=submit]"));
            assertThat(driver.getCurrentUrl()).matches(".*/gestion/travaux/\\d+$");
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("pourcentage"), "100 %"));
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("resultat")));
            assertThat(driver.findElement(By.id("barre")).getAttribute("value")).isEqualTo("100");
            assertThat(driver.findElement(By.id("resultat")).getText()).contains("facture(s) émise(s)");
            assertThat(driver.findElement(By.id("fichier-resultat")).getAttribute("href"))
                    .contains("/gestion/facturation/export/factures.csv");
            Axe.assertNoSeriousViolations(driver, "Travail terminé");
            browser.screenshot(SHOTS.resolve("issue16-travail-1366.png"));
            String jobUrl = driver.getCurrentUrl();

            // the agent leaves and comes back through the list of jobs (« Suivi » group)
            openGroup(driver, "Suivi");
            Browser.follow(driver, By.linkText("Travaux"));
            Browser.follow(driver, By.cssSelector("a[href$='" + jobUrl.substring(jobUrl.indexOf("/gestion")) + "']"));
            assertThat(driver.findElement(By.id("pourcentage")).getText()).isEqualTo("100 %");

            openGroup(driver, "Suivi");
            Browser.follow(driver, By.linkText("Tableaux"));
            Axe.assertNoSeriousViolations(driver, "Tableaux");
            browser.resizeViewport(1366, 1600);
            browser.screenshot(SHOTS.resolve("issue16-tableaux-1366.png"));

            // the head of service's charts: each chart shows the figures of its table
            Browser.follow(driver, By.cssSelector(".sub-nav a[href='/gestion/tableaux/demandes']"));
            assertChartsAreTables(driver, "demandes-0");
            Axe.assertNoSeriousViolations(driver, "Tableaux › Demandes");
            browser.screenshot(SHOTS.resolve("issue16-tableaux-demandes-1366.png"));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("periode"))).selectByValue("dates");
            driver.findElement(By.id("du")).sendKeys("31122025");
            Browser.follow(driver, By.cssSelector(".period-form button[type=submit]"));
            assertThat(driver.findElement(By.id("au-erreur")).getText())
                    .isEqualTo("Indiquez la date de fin (jj/mm/aaaa).");
            Axe.assertNoSeriousViolations(driver, "Tableaux › Demandes, période incomplète");
            browser.screenshot(SHOTS.resolve("issue16-tableaux-periode-erreur-1366.png"));
            Browser.follow(driver, By.cssSelector(".sub-nav a[href='/gestion/tableaux/facturation']"));
            assertChartsAreTables(driver, "facturation-0");
            assertChartsAreTables(driver, "impayes-0");
            Axe.assertNoSeriousViolations(driver, "Tableaux › Facturation");
            browser.resizeViewport(1366, 2200);
            browser.screenshot(SHOTS.resolve("issue16-tableaux-facturation-1366.png"));
            browser.assertFits("Tableaux › Facturation");
            driver.get("http://localhost:" + port + "/gestion/dossiers-incomplets");
            Axe.assertNoSeriousViolations(driver, "Dossiers incomplets");
            browser.assertFits("Dossiers incomplets");

            browser.resizeViewport(390, 844);
            driver.get(jobUrl);
            browser.screenshot(SHOTS.resolve("issue16-travail-390.png"));
            browser.assertFits("Travail");
            driver.get("http://localhost:" + port + "/gestion");
            Axe.assertNoSeriousViolations(driver, "Tableau de bord (téléphone)");
            browser.resizeViewport(390, 2000);
            browser.screenshot(SHOTS.resolve("issue16-tableau-de-bord-390.png"));
            browser.assertFits("Tableau de bord");
            // on a phone, with the keyboard: the menu button, then a group opened with Enter, then its link
            browser.resizeViewport(390, 844);
            var toggle = driver.findElement(By.cssSelector(".main-nav .nav-toggle"));
            toggle.click();
            var finances = driver.findElement(By.xpath("//summary[normalize-space()='Finances']"));
            finances.sendKeys(org.openqa.selenium.Keys.ENTER);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Tarifs")));
            browser.screenshot(SHOTS.resolve("issue16-menu-390.png"));
            Browser.follow(driver, () -> driver.findElement(By.linkText("Tarifs")).sendKeys(org.openqa.selenium.Keys.ENTER));
            assertThat(driver.getCurrentUrl()).endsWith("/gestion/tarifs");
            driver.get("http://localhost:" + port + "/gestion/tableaux");
            browser.resizeViewport(390, 2000);
            browser.screenshot(SHOTS.resolve("issue16-tableaux-390.png"));
            browser.assertFits("Tableaux");
            driver.get("http://localhost:" + port + "/gestion/tableaux/demandes");
            browser.screenshot(SHOTS.resolve("issue16-tableaux-demandes-390.png"));
            browser.assertFits("Tableaux › Demandes");
            driver.get("http://localhost:" + port + "/gestion/tableaux/facturation");
            browser.resizeViewport(390, 3000);
            browser.screenshot(SHOTS.resolve("issue16-tableaux-facturation-390.png"));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at 390 px").isLessThanOrEqualTo(390);
        }
    }

    /** Opens a group of the back-office bar (a details/summary menu). */
    private static void openGroup(WebDriver driver, String name) {
        var group = driver.findElement(By.xpath("//nav[contains(@class,'main-nav')]//summary[normalize-space()='"
                + name + "']"));
        group.click();
        Browser.waitFor(driver).until(d -> group.findElement(By.xpath("..")).getAttribute("open") != null);
    }

    /** The distinct vertical positions of the bar's top-level entries (one: the bar holds on one line). */
    private static java.util.Set<Long> topsOfTheBar(WebDriver driver) {
        var tops = new java.util.HashSet<Long>();
        for (Object top : (java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#menu-principal > li'))"
                        + ".map(li => Math.round(li.getBoundingClientRect().top));")) {
            tops.add(((Number) top).longValue());
        }
        return tops;
    }

    /** As shown in the browser: each group of the chart has its table row's key and each column its cell's text. */
    private static void assertChartsAreTables(WebDriver driver, String id) {
        var groups = driver.findElements(By.cssSelector("#graphique-" + id + " g.chart-group"));
        var rows = driver.findElements(By.cssSelector("#tableau-" + id + " tbody tr"));
        assertThat(groups).as(id).isNotEmpty().hasSameSizeAs(rows);
        for (int i = 0; i < groups.size(); i++) {
            assertThat(groups.get(i).getAttribute("data-key")).isEqualTo(rows.get(i).getAttribute("data-key"));
            for (var column : groups.get(i).findElements(By.cssSelector("[data-series]"))) {
                String cell = rows.get(i).findElement(By.cssSelector("td.series-" + column.getAttribute("data-series")))
                        .getText();
                assertThat(column.getAttribute("data-value").replace('\u00a0', ' '))
                        .as(id + " row " + i).isEqualTo(cell.replace('\u00a0', ' ').strip());
            }
        }
    }
}
