package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Fixtures.TestFamily;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed's journey: a family writes through "Nous contacter" about Croc'Vacances, an agent sees it flagged
 * and answers, the family logs in again, is told of 1 new message on Accueil, clicks the number and reads
 * the answer. axe-core checks every page on the way; screenshots at desktop and phone widths.
 */
@PortalTest
class MessagingJourneyTests {

    static final Path SHOTS = Path.of("target", "screenshots", "messaging");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void familyWritesAboutCrocVacancesAgentAnswersFamilyReadsTheAnswerFromAccueil() {
        Browser.requireOrSkip();
        TestFamily family = fixtures.family("Parcours");
        try (Browser browser = Browser.desktop()) {
            WebDriver d = browser.driver();
            login(d, family.login(), Fixtures.PASSWORD);
            Browser.follow(d, By.linkText("Boîte de réception"));
            check(browser, "boite-vide");
            Browser.follow(d, By.linkText("Nous contacter"));
            check(browser, "nous-contacter");
            d.findElement(By.id("subject")).sendKeys("Place en juillet");
            d.findElement(By.id("crocVacances")).click();
            d.findElement(By.id("body")).sendKeys("Bonjour,\nreste-t-il une place la semaine du 7 juillet ?");
            Browser.follow(d, By.cssSelector("form.stacked-form button[type=submit]"));
            assertThat(notice(d).getText()).contains("Votre message a été envoyé");
            check(browser, "conversation-envoyee");
            logout(d);

            login(d, "demo.agent", "Demo-Agent-2026");
            d.get(url("/gestion/messages"));
            var row = d.findElement(By.xpath("//tr[.//a[text()='Place en juillet']]"));
            assertThat(row.getText()).contains("Croc'Vacances", "Non lu", "Famille Parcours");
            check(browser, "gestion-boite");
            Browser.follow(d, row.findElement(By.linkText("Place en juillet"))::click);
            check(browser, "gestion-conversation");
            d.findElement(By.id("body")).sendKeys("Oui, il reste des places : inscrivez-la depuis le portail.");
            Browser.follow(d, By.xpath("//button[text()='Envoyer']"));
            assertThat(notice(d).getText()).contains("Votre réponse a été envoyée");
            logout(d);

            login(d, family.login(), Fixtures.PASSWORD);
            var notice = d.findElement(By.cssSelector(".message-count"));
            assertThat(notice.getText()).isEqualTo("Vous avez 1 nouveau message");
            check(browser, "accueil-nouveau-message");
            var number = notice.findElement(By.cssSelector("a.message-count-link"));
            assertThat(number.getText()).isEqualTo("1");
            Browser.follow(d, number::click);
            assertThat(d.getCurrentUrl()).endsWith("/messages");
            check(browser, "boite-non-lu");
            Browser.follow(d, By.partialLinkText("Place en juillet"));
            assertThat(d.findElements(By.cssSelector(".message-body")).get(1).getText())
                    .isEqualTo("Oui, il reste des places : inscrivez-la depuis le portail.");
            check(browser, "conversation-reponse");

            browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
            browser.screenshot(SHOTS.resolve("phone-conversation.png"));
            d.get(url("/messages"));
            browser.screenshot(SHOTS.resolve("phone-boite.png"));
            d.get(url("/messages/nouveau"));
            browser.screenshot(SHOTS.resolve("phone-nous-contacter.png"));
            d.get(url("/"));
            browser.screenshot(SHOTS.resolve("phone-accueil.png"));
        }
    }

    private void check(Browser browser, String name) {
        Axe.assertNoSeriousViolations(browser.driver(), name);
        browser.screenshot(SHOTS.resolve(name + ".png"));
    }

    private void login(WebDriver d, String login, String password) {
        d.get(url("/connexion"));
        d.findElement(By.id("identifiant")).sendKeys(login);
        d.findElement(By.id("motDePasse")).sendKeys(password);
        Browser.follow(d, By.cssSelector("button[type=submit]"));
        assertThat(d.getCurrentUrl()).doesNotContain("/connexion");
    }

    private void logout(WebDriver d) {
        Browser.follow(d, By.cssSelector(".logout-form button"));
        assertThat(d.getCurrentUrl()).contains("/connexion");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The confirmation on the page reached after a post: waits for the navigation to finish. */
    private static org.openqa.selenium.WebElement notice(WebDriver d) {
        return Browser.waitFor(d).until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    }
}
