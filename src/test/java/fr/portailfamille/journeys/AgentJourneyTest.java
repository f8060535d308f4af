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

/** An admin logs in on the same page, lands in Gestion, finds a family and opens the accounts page. */
@PortalTest
class AgentJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;

    @Test
    void findAFamilyThenManageAccounts() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/gestion/connexion");
            driver.findElement(By.id("identifiant")).sendKeys("demo.admin");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Admin-2026");
            Browser.follow(driver, By.cssSelector("button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("/gestion");
            assertThat(driver.findElements(By.cssSelector(".counter"))).hasSize(4);
            Axe.assertNoSeriousViolations(driver, "Tableau de bord");
            browser.assertFits("Tableau de bord");
            browser.screenshot(SHOTS.resolve("gestion-desktop.png"));

            driver.findElement(By.id("q")).sendKeys("Martin");
            Browser.follow(driver, () -> driver.findElement(By.id("q")).submit());
            Browser.follow(driver, By.linkText("Famille Martin"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Famille Martin");
            assertThat(driver.getPageSource()).contains("158,70");
            Axe.assertNoSeriousViolations(driver, "Fiche famille");
            browser.assertFits("Fiche famille");
            browser.screenshot(SHOTS.resolve("gestion-famille-desktop.png"));

            driver.findElement(By.xpath("//summary[normalize-space()='Administration']")).click(); // the bar's group
            Browser.follow(driver, By.linkText("Comptes"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Comptes");
            Axe.assertNoSeriousViolations(driver, "Comptes");
            browser.assertFits("Comptes");
            browser.screenshot(SHOTS.resolve("gestion-comptes-desktop.png"));
        }
    }
}
