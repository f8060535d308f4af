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

            // the monthly invoicing, started as a job
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

            // the agent leaves and comes back through the list of jobs
            Browser.follow(driver, By.linkText("Travaux"));
            Browser.follow(driver, By.cssSelector("a[href$='" + jobUrl.substring(jobUrl.indexOf("/gestion")) + "']"));
            assertThat(driver.findElement(By.id("pourcentage")).getText()).isEqualTo("100 %");

            Browser.follow(driver, By.linkText("Tableaux"));
            Axe.assertNoSeriousViolations(driver, "Tableaux");
            browser.screenshot(SHOTS.resolve("issue16-tableaux-1366.png"));

            browser.resizeViewport(390, 844);
            driver.get(jobUrl);
            browser.screenshot(SHOTS.resolve("issue16-travail-390.png"));
            driver.get("http://localhost:" + port + "/gestion");
            Axe.assertNoSeriousViolations(driver, "Tableau de bord (téléphone)");
            browser.screenshot(SHOTS.resolve("issue16-tableau-de-bord-390.png"));
            driver.get("http://localhost:" + port + "/gestion/tableaux");
            browser.screenshot(SHOTS.resolve("issue16-tableaux-390.png"));
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scroll at 390 px").isLessThanOrEqualTo(390);
        }
    }
}
