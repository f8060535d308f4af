package fr.portailfamille.retention;

import java.nio.file.Path;

import fr.portailfamille.billing.Ledger;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser: the family's « Télécharger mes données » on Mon compte; the agent's anonymisation, refused while
 * money is owed, then confirmed. axe-core clean, fits 1366 and 390 px. Screenshots under target/screenshots.
 */
@PortalTest
class RetentionJourneyTest {

    static final Path SHOTS = Path.of("target/screenshots/retention");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;

    @Test
    void aFamilyFindsItsDataDownloadOnMonCompte() {
        Browser.requireOrSkip();
        var family = fixtures.family("Telechargement");
        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            login(driver, family.login(), Fixtures.PASSWORD);
            driver.get(base() + "/compte");
            var link = driver.findElement(By.cssSelector("a[href='/compte/mes-donnees']"));
            assertThat(link.getText()).isEqualTo("Télécharger mes données");
            Axe.assertNoSeriousViolations(driver, "Mon compte");
            browser.assertFits("Mon compte");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('titre-mes-donnees').scrollIntoView()");
            browser.screenshot(SHOTS.resolve("mon-compte-mes-donnees.png"));
        }
    }

    @Test
    void anAgentAnonymisesAfterConfirmingAndIsToldWhyNotWhileMoneyIsOwed() {
        Browser.requireOrSkip();
        var owing = fixtures.family("Redevable");
        var today = fixtures.today();
        ledger.issueInvoice(owing.householdId(), today, today.withDayOfMonth(1), today, today.plusDays(30), 15870);
        var asked = fixtures.family("Demandeuse");
        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            login(driver, "demo.agent", "Demo-Agent-2026");

            driver.get(base() + "/gestion/familles/" + owing.householdId() + "/anonymisation");
            assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("158,70")
                    .contains("restent dus");
            assertThat(driver.findElements(By.cssSelector("button[type=submit].button-danger"))).isEmpty();
            Axe.assertNoSeriousViolations(driver, "anonymisation refusée");
            browser.assertFits("anonymisation refusée");
            browser.screenshot(SHOTS.resolve("anonymisation-refusee.png"));

            driver.get(base() + "/gestion/familles/" + asked.householdId());
            Browser.follow(driver, By.linkText("Anonymiser la famille"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Anonymiser la famille Famille Demandeuse");
            Axe.assertNoSeriousViolations(driver, "confirmation d'anonymisation");
            browser.assertFits("confirmation d'anonymisation");
            browser.screenshot(SHOTS.resolve("anonymisation-confirmation.png"));
            Browser.follow(driver, By.cssSelector("button.button-danger"));
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Foyer anonymisé n° " + asked.householdId());
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("anonymisée");

            driver.get(base() + "/gestion/conservation");
            Axe.assertNoSeriousViolations(driver, "conservation");
            browser.assertFits("conservation");
        }
    }

    private void login(WebDriver driver, String login, String password) {
        driver.get(base() + "/connexion");
        driver.findElement(By.id("identifiant")).sendKeys(login);
        driver.findElement(By.id("motDePasse")).sendKeys(password, Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
        Browser.waitFor(driver).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
