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
            browser.assertFits("Connexion");
            browser.screenshot(SHOTS.resolve("connexion-desktop.png"));

            logIn(driver);
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
            assertThat(driver.findElement(By.cssSelector(".balance-card .balance-amount")).getText())
                    .isEqualTo("158,70 €");
            var unpaid = driver.findElements(By.cssSelector("#titre-impayees ~ .table-wrap tbody tr"));
            assertThat(unpaid).hasSize(2);
            Axe.assertNoSeriousViolations(driver, "Accueil");
            browser.assertFits("Accueil");
            browser.screenshot(SHOTS.resolve("accueil-desktop.png"));

            Browser.follow(driver, By.linkText("Relevé de compte"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Relevé de compte");
            assertThat(driver.findElement(By.cssSelector(".summary-line")).getText()).contains("158,70 € à payer");
            Axe.assertNoSeriousViolations(driver, "Relevé de compte");
            browser.assertFits("Relevé de compte");
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
            assertPhoneMenuFolds(driver);
            long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(pageWidth).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(390);
            for (String page : new String[] {"/releve", "/compte", "/enfants"}) {
                driver.get(url(page));
                Axe.assertNoSeriousViolations(driver, page + " (téléphone)");
                browser.assertFits(page);
                browser.screenshot(SHOTS.resolve(page.substring(1) + "-phone.png"));
            }
        }
    }

    /** On a phone the menu is folded behind a « Menu » button that opens it from the keyboard too. */
    private static void assertPhoneMenuFolds(WebDriver driver) {
        var toggle = driver.findElement(By.cssSelector(".main-nav .nav-toggle"));
        var menu = driver.findElement(By.id("menu-principal"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).as("menu folded on a phone").isFalse();
        assertThat(driver.findElement(By.tagName("h1")).getRect().getY()).as("content starts near the top")
                .isLessThan(200);
        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.linkText("Relevé de compte")).isDisplayed()).isTrue();
        driver.findElement(By.linkText("Mes enfants")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
    }

    /** Every page of the family portal fits 1366 px and 390 px wide: no sideways scrolling, no text cut off. */
    @Test
    void everyFamilyPageFitsALaptopAndAPhone() throws Exception {
        Browser.requireOrSkip();
        try (var browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            logIn(driver);
            driver.get(url("/enfants"));
            String hugo = driver.findElement(By.linkText("Hugo Martin")).getAttribute("href");
            String child = hugo.substring(hugo.indexOf("/enfants/"));
            var pages = new java.util.ArrayList<>(java.util.List.of("/", "/compte", "/compte/responsable",
                    "/compte/conjoint", "/compte/donnees-fiscales", "/compte/caf", "/compte/coordonnees-bancaires",
                    "/compte/mode-de-reglement", "/compte/ajouter-enfant", "/enfants", "/enfants/tarifs", "/releve",
                    "/messages", "/messages/nouveau", "/demandes", "/mot-de-passe"));
            for (String part : new String[] {"", "/agenda", "/inscriptions", "/inscriptions/nouvelle", "/absence",
                    "/inscription-scolaire", "/autorisations", "/donnees-complementaires", "/donnees-sanitaires",
                    "/photo", "/fiche"}) {
                pages.add(child + part);
            }
            for (String page : pages) {
                driver.get(url(page));
                assertThat(driver.findElements(By.tagName("h1"))).as(page).isNotEmpty();
                browser.assertFits(page);
            }
        }
    }
}
