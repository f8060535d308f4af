package fr.portailfamille.journeys;

import java.nio.file.Path;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo family logs in, sees what it owes, opens its statement and logs out — in a real Chromium. */
@PortalTest
class FamilyJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(WebDriver driver) {
        driver.get(url("/connexion"));
        driver.findElement(By.id("identifiant")).sendKeys("demo.famille");
        driver.findElement(By.id("motDePasse")).sendKeys("Demo-Famille-2026");
        Browser.follow(driver, By.cssSelector("button[type=submit]"));
    }

    @Test
    void logInSeeWhatIsOwedOpenTheStatementLogOut() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get(url("/connexion"));
            Axe.assertNoSeriousViolations(driver, "Connexion");
            browser.screenshot(SHOTS.resolve("connexion-desktop.png"));

            logIn(driver);
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
            assertThat(driver.findElement(By.cssSelector(".balance-card .balance-amount")).getText())
                    .isEqualTo("301,90 €");
            var unpaid = driver.findElements(By.cssSelector("#titre-impayees ~ .table-wrap tbody tr"));
            assertThat(unpaid).hasSize(2);
            Axe.assertNoSeriousViolations(driver, "Accueil");
            browser.screenshot(SHOTS.resolve("accueil-desktop.png"));

            Browser.follow(driver, By.linkText("Relevé de compte"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Relevé de compte");
            assertThat(driver.findElement(By.cssSelector(".summary-line")).getText()).contains("301,90 € à payer");
            Axe.assertNoSeriousViolations(driver, "Relevé de compte");
            browser.screenshot(SHOTS.resolve("releve-desktop.png"));

            Browser.follow(driver, By.cssSelector(".logout-form button"));
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/connexion?deconnecte"));
            driver.get(url("/releve"));
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/connexion"));
        }
    }

    @Test
    void thePagesWorkOnAPhone() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.phone()) {
            WebDriver driver = browser.driver();
            driver.get(url("/connexion"));
            browser.screenshot(SHOTS.resolve("connexion-phone.png"));
            logIn(driver);
            Axe.assertNoSeriousViolations(driver, "Accueil (téléphone)");
            browser.screenshot(SHOTS.resolve("accueil-phone.png"));
            long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(pageWidth).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(390);
            for (String page : new String[] {"/releve", "/compte", "/enfants"}) {
                driver.get(url(page));
                Axe.assertNoSeriousViolations(driver, page + " (téléphone)");
                browser.screenshot(SHOTS.resolve(page.substring(1) + "-phone.png"));
            }
        }
    }
}
