package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the accessibility statement reached from the login page's footer, the certification card on Accueil,
 * the reminder choices on Mon compte and the agents' two pages — axe-clean, fitting 1366 and 390 px, with
 * full-height screenshots at both widths.
 */
@PortalTest
class RemindersJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "reminders");

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void check(Browser browser, String name, String pageName) {
        WebDriver driver = browser.driver();
        Axe.assertNoSeriousViolations(driver, pageName);
        browser.assertFits(pageName);
        for (int width : new int[] {1366, 390}) {
            browser.resizeViewport(width, 900);
            long height = ((Number) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight")).longValue();
            browser.resizeViewport(width, (int) Math.min(Math.max(height, 600), 5000));
            browser.screenshot(SHOTS.resolve(name + "-" + width + ".png"));
        }
        browser.resizeViewport(1366, 900);
    }

    private void logIn(WebDriver driver, String login, String password, String path) {
        driver.get(url(path));
        driver.findElement(By.id("identifiant")).sendKeys(login);
        driver.findElement(By.id("motDePasse")).sendKeys(password);
        Browser.follow(driver, By.cssSelector("main button[type=submit]"));
    }

    @Test
    void theStatementTheCardAndTheChoicesWorkInABrowser() {
        Browser.requireOrSkip();
        var family = fixtures.family("Navigateur");
        try (var browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            driver.get(url("/connexion"));
            check(browser, "connexion", "Connexion, avec le pied de page");
            Browser.follow(driver, By.cssSelector("footer a[href='/accessibilite']"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Déclaration d'accessibilité");
            check(browser, "declaration", "Déclaration d'accessibilité");
            driver.get(url("/accessibilite?lang=en"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accessibility statement");
            check(browser, "declaration-en", "Accessibility statement");
            driver.get(url("/accessibilite?lang=fr"));

            logIn(driver, family.login(), Fixtures.PASSWORD, "/connexion");
            assertThat(driver.findElement(By.id("certification")).getText()).contains("Mes informations sont à jour");
            check(browser, "accueil-certification", "Accueil avec la carte de certification");

            driver.get(url("/compte"));
            assertThat(driver.findElement(By.id("rappels")).getText()).contains("Rappels (par courriel et dans la boîte de réception)");
            check(browser, "compte-rappels", "Mon compte, rappels");
            Browser.follow(driver, By.cssSelector("#rappels button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("choix de rappels");

            driver.get(url("/"));
            Browser.follow(driver, By.cssSelector("#certification button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("confirmées");
            assertThat(driver.findElements(By.id("certification"))).isEmpty();
        }
        try (var browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            logIn(driver, "demo.agent", "Demo-Agent-2026", "/gestion/connexion");
            driver.get(url("/gestion/certifications"));
            check(browser, "gestion-certifications", "Certification des données");
            driver.get(url("/gestion/rappels"));
            check(browser, "gestion-rappels", "Rappels aux familles");
        }
    }
}
