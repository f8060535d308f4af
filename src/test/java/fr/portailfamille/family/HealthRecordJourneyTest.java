package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the family edits the health record, sees it waiting, an agent accepts it in the
 * queue, the family sees the new values and "Acceptée" in Liste des demandes. axe-core on every form.
 */
@PortalTest
class HealthRecordJourneyTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void login(WebDriver d, String login, String password) {
        d.manage().deleteAllCookies();
        d.get(url("/connexion"));
        d.findElement(By.id("identifiant")).sendKeys(login);
        d.findElement(By.id("motDePasse")).sendKeys(password);
        Browser.follow(d, By.cssSelector("button[type=submit]"));
        assertThat(d.getCurrentUrl()).doesNotContain("/connexion");
    }

    private static void waitFor(WebDriver d, By by) {
        Browser.waitFor(d).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    @Test
    void familyRequestAgentAcceptsFamilySeesIt() {
        Browser.requireOrSkip();
        var family = fixtures.family("Parcours");
        try (Browser browser = Browser.desktop()) {
            WebDriver d = browser.driver();
            login(d, family.login(), Fixtures.PASSWORD);
            d.get(url("/enfants/" + family.childId() + "/donnees-sanitaires"));
            Axe.assertNoSeriousViolations(d, "données sanitaires (formulaire)");
            browser.screenshot(SHOTS.resolve("sanitaires-desktop.png"));

            // A first try without the mandatory choices: errors next to the fields, typed text kept.
            d.findElement(By.id("f-foodAllergies")).sendKeys("Arachide");
            Browser.follow(d, By.cssSelector("main button[type=submit]"));
            waitFor(d, By.id("f-pai-erreur"));
            assertThat(d.findElement(By.id("f-pai-erreur")).getText()).isEqualTo("Faites un choix.");
            assertThat(d.findElement(By.id("f-allergyActions-erreur")).getText()).contains("conduite à tenir");
            assertThat(d.findElement(By.id("f-foodAllergies")).getAttribute("value")).isEqualTo("Arachide");
            Axe.assertNoSeriousViolations(d, "données sanitaires (erreurs)");
            browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            browser.screenshot(SHOTS.resolve("sanitaires-erreurs-phone.png"));
            browser.resizeViewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);

            d.findElement(By.id("f-allergyActions")).sendKeys("Éviction, trousse PAI dans le sac");
            d.findElement(By.id("f-pai-oui")).click();
            new Select(d.findElement(By.id("f-diet"))).selectByValue("NO_ALLERGEN");
            Browser.follow(d, By.cssSelector("main button[type=submit]"));
            waitFor(d, By.cssSelector(".pending-change"));
            assertThat(d.getCurrentUrl()).endsWith("/enfants/" + family.childId());
            String childPage = d.findElement(By.tagName("main")).getText();
            assertThat(childPage).contains("Modification en attente de validation").contains("Arachide");
            Axe.assertNoSeriousViolations(d, "fiche enfant (en attente)");
            browser.screenshot(SHOTS.resolve("enfant-en-attente-desktop.png"));

            login(d, "demo.agent", "Demo-Agent-2026");
            d.get(url("/gestion/demandes?famille=" + family.householdId()));
            Axe.assertNoSeriousViolations(d, "file de validation");
            browser.screenshot(SHOTS.resolve("gestion-demandes-desktop.png"));
            Browser.follow(d, By.linkText("Données sanitaires"));
            assertThat(d.findElement(By.tagName("main")).getText()).contains("Arachide").contains("Avant");
            Axe.assertNoSeriousViolations(d, "demande (comparaison)");
            browser.screenshot(SHOTS.resolve("gestion-demande-desktop.png"));
            Browser.follow(d, By.xpath("//button[normalize-space()='Accepter']"));
            waitFor(d, By.cssSelector(".notice-success"));
            assertThat(d.getCurrentUrl()).endsWith("/gestion/demandes");

            login(d, family.login(), Fixtures.PASSWORD);
            d.get(url("/enfants/" + family.childId()));
            String after = d.findElement(By.tagName("main")).getText();
            assertThat(after).contains("Arachide").contains("Sans allergène").doesNotContain("en attente de validation");
            d.get(url("/demandes"));
            assertThat(d.findElement(By.tagName("main")).getText()).contains("Données sanitaires").contains("Acceptée");
            Axe.assertNoSeriousViolations(d, "liste des demandes");
            browser.screenshot(SHOTS.resolve("demandes-desktop.png"));
            browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            browser.screenshot(SHOTS.resolve("demandes-phone.png"));
            d.get(url("/compte"));
            Axe.assertNoSeriousViolations(d, "mon compte");
            browser.screenshot(SHOTS.resolve("compte-phone.png"));
            d.get(url("/compte/coordonnees-bancaires"));
            Axe.assertNoSeriousViolations(d, "coordonnées bancaires");
            d.get(url("/enfants/" + family.childId() + "/autorisations"));
            Axe.assertNoSeriousViolations(d, "autorisations");
            browser.screenshot(SHOTS.resolve("autorisations-phone.png"));
        }
    }
}
