package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pointage on a 10-inch tablet in portrait (800×1280): arrive, leave with an authorised person, absent; then the
 * network drops (Chrome's offline emulation), the taps are kept and the page says so, and they are sent in order
 * once the network is back.
 */
@PortalTest
class CheckInJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ReservationStore store;

    @Test
    void anAgentChecksChildrenInAndOutOnATabletEvenOffline() {
        Browser.requireOrSkip();
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Pointage tablette", 10, false);
        var hugo = support.enrolledFamily("Tablette", setup);
        fixtures.completeChildRecord(hugo, Map.of("pai", "false", "diet", "NONE"),
                Map.of("leaveAlone", "false",
                        "pickup1Name", "Jeanne Grandmère", "pickup1Relationship", "Grand-mère",
                        "pickup1Phone", "06 11 22 33 44"));
        var lea = support.enrolledFamily("Absente", setup);
        var tom = support.enrolledFamily("Horsligne", setup);
        LocalDate day = support.bookableDay(22);
        for (var f : List.of(hugo, lea, tom)) {
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        }
        long hugoR = store.find(hugo.childId(), setup.activityId(), day).orElseThrow().id();
        long leaR = store.find(lea.childId(), setup.activityId(), day).orElseThrow().id();
        long tomR = store.find(tom.childId(), setup.activityId(), day).orElseThrow().id();

        try (Browser browser = Browser.ofSize(800, 1280)) {
            WebDriver driver = browser.driver();
            driver.get(base() + "/connexion");
            driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026", Keys.ENTER);
            Browser.waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
            driver.get(base() + "/gestion/pointage?activite=" + setup.activityId() + "&jour=" + day);
            Axe.assertNoSeriousViolations(driver, "pointage");
            browser.screenshot(Path.of("target/screenshots/pointage-tablette.png"));
            assertNoSidewaysScroll(driver);

            // arrived: with the keyboard (focus the button, Enter)
            var arrive = driver.findElement(By.cssSelector("#r-" + hugoR + " .checkin-arrived"));
            assertThat(arrive.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            arrive.sendKeys(Keys.ENTER);
            waitState(driver, hugoR, "ARRIVED");
            assertThat(status(driver, hugoR)).startsWith("Arrivé(e) à ");

            // left with the grandmother
            new Select(driver.findElement(By.id("personne-" + hugoR))).selectByVisibleText("Jeanne Grandmère");
            driver.findElement(By.cssSelector("#r-" + hugoR + " .checkin-left")).click();
            waitState(driver, hugoR, "LEFT");
            assertThat(status(driver, hugoR)).contains("avec Jeanne Grandmère");

            // absent
            driver.findElement(By.cssSelector("#r-" + leaR + " .checkin-absent")).click();
            waitState(driver, leaR, "ABSENT");

            // offline: the taps stay on the tablet, the page says so
            network(driver, true);
            driver.findElement(By.cssSelector("#r-" + tomR + " .checkin-arrived")).click();
            driver.findElement(By.cssSelector("#r-" + tomR + " .checkin-left")).click();
            var banner = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("pointage-etat")));
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElement(banner, "2 pointage(s)"));
            assertThat(banner.getText()).startsWith("Connexion perdue");
            browser.screenshot(Path.of("target/screenshots/pointage-hors-ligne.png"));
            assertThat(store.find(tomR).orElseThrow().status()).isEqualTo(ReservationStatus.RESERVED);

            // back online: sent in order (arrived, then left), the banner goes
            network(driver, false);
            waitState(driver, tomR, "LEFT");
            Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("pointage-etat")));
            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector("#r-" + tomR)).getAttribute("data-state")).isEqualTo("LEFT");
            assertThat(driver.findElement(By.cssSelector("#r-" + leaR)).getAttribute("data-state")).isEqualTo("ABSENT");
            assertThat(store.find(leaR).orElseThrow().status()).isEqualTo(ReservationStatus.ABSENT);

            // the same list on a phone, and the PES page of the billing pages at both widths: nothing sideways
            for (int width : new int[] {390, 1366}) {
                browser.resizeViewport(width, 1000);
                driver.navigate().refresh();
                assertNoSidewaysScroll(driver);
                browser.screenshot(Path.of("target/screenshots/pointage-" + width + ".png"));
                driver.get(base() + "/gestion/facturation/pes?mois=1999-99");
                Axe.assertNoSeriousViolations(driver, "PES");
                assertNoSidewaysScroll(driver);
                browser.screenshot(Path.of("target/screenshots/pes-" + width + ".png"));
                driver.get(base() + "/gestion/pointage?activite=" + setup.activityId() + "&jour=" + day);
            }
        }
    }

    private static void assertNoSidewaysScroll(WebDriver driver) {
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
    }

    private static void network(WebDriver driver, boolean offline) {
        var chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void waitState(WebDriver driver, long reservationId, String state) {
        try {
            Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(By.id("r-" + reservationId), "data-state",
                    state));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("state of " + reservationId + ": " + ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('pointage-etat').textContent + ' | '"
                            + " + localStorage.getItem('pointage-file');"), e);
        }
    }

    private static String status(WebDriver driver, long reservationId) {
        return driver.findElement(By.cssSelector("#r-" + reservationId + " .checkin-status")).getText();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
