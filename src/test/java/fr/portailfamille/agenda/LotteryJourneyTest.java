package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's journey: an agent opens a lottery window, two families ask the same day (one place), the window
 * closes, the agent runs the draw, and each family sees its own outcome and why.
 */
@PortalTest
class LotteryJourneyTest {

    static final Path SHOTS = Path.of(System.getProperty("lottery.shots", "target/screenshots/lottery"));

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void anAgentOpensALotteryTwoFamiliesAskTheDrawRunsAndEachSeesItsOutcomeAndWhy() {
        Browser.requireOrSkip();
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Vacances au tirage", 1, false);
        var families = List.of(support.enrolledFamily("Tirage", setup), support.enrolledFamily("Hasard", setup));
        LocalDate day = support.bookableDay(12);
        String agenda = "/agenda?activite=" + setup.activityId() + "&mois=" + YearMonth.from(day);

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            login(driver, "demo.agent", "Demo-Agent-2026");
            driver.get(base() + "/gestion/tirages/nouveau?periode=" + setup.periodId());
            assertThat(new Select(driver.findElement(By.id("periodId"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(Long.toString(setup.periodId()));
            Axe.assertNoSeriousViolations(driver, "nouvelle ouverture");
            browser.assertFits("nouvelle ouverture");
            browser.screenshot(SHOTS.resolve("gestion-ouverture-formulaire.png"));
            Browser.follow(driver, By.cssSelector("form.stacked-form button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText())
                    .contains("Ouverture enregistrée");
            String window = driver.getCurrentUrl();
            logout(driver);

            // the requests open tomorrow at 08:30 (the form's default): the clock moves to tomorrow 09:00
            var tomorrowNine = LocalDateTime.now(clock).toLocalDate().plusDays(1).atTime(9, 0);
            clock.advance(Duration.between(LocalDateTime.now(clock), tomorrowNine));
            for (var family : families) {
                login(driver, family.login(), Fixtures.PASSWORD);
                driver.get(base() + "/enfants/" + family.childId() + agenda);
                assertThat(driver.findElement(By.id("titre-tirages")).getText())
                        .isEqualTo("Réservations par tirage au sort");
                assertThat(driver.findElement(By.cssSelector(".draw-windows")).getText())
                        .contains("L'ordre des demandes ne compte pas");
                if (family == families.get(0)) {
                    Axe.assertNoSeriousViolations(driver, "agenda avec tirage");
                    browser.assertFits("agenda avec tirage");
                    browser.screenshot(SHOTS.resolve("agenda-tirage-ouvert.png"));
                }
                driver.findElement(By.cssSelector("label[for='jour-" + day + "']")).click();
                Browser.follow(driver, By.id("bouton-demander"));
                assertThat(driver.findElement(By.cssSelector("td[data-day='" + day + "']")).getText())
                        .contains("Demande enregistrée — attribution le");
                if (family == families.get(0)) {
                    browser.screenshot(SHOTS.resolve("agenda-demande-enregistree.png"));
                }
                logout(driver);
            }

            // the window closes two days later at 08:30
            clock.advance(Duration.ofDays(2).plusHours(1));
            login(driver, "demo.agent", "Demo-Agent-2026");
            driver.get(window);
            assertThat(driver.findElement(By.cssSelector("tr.contested")).getText()).contains("2");
            Browser.follow(driver, By.id("bouton-tirage"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).contains("Tirage au sort effectué");
            Axe.assertNoSeriousViolations(driver, "ouverture après tirage");
            browser.assertFits("ouverture après tirage");
            browser.screenshot(SHOTS.resolve("gestion-ouverture-apres-tirage.png"));
            driver.get(window + "/rapport");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Graine du tirage");
            Axe.assertNoSeriousViolations(driver, "rapport du tirage");
            browser.assertFits("rapport du tirage");
            logout(driver);

            var seen = new java.util.ArrayList<String>();
            for (var family : families) {
                login(driver, family.login(), Fixtures.PASSWORD);
                driver.get(base() + "/enfants/" + family.childId() + agenda);
                var outcome = driver.findElement(By.cssSelector(".draw-outcomes"));
                driver.findElement(By.cssSelector(".draw-why summary")).click();
                Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draw-why p")));
                assertThat(outcome.getText()).contains("Tirage au sort parmi 2 demandes pour 1 place ; votre rang");
                assertThat(outcome.getText()).doesNotContain("Famille");
                seen.add(outcome.getText());
                Axe.assertNoSeriousViolations(driver, "agenda après tirage");
                browser.screenshot(SHOTS.resolve("agenda-resultat-" + seen.size() + ".png"));
                // the inbox message is posted after the draw's commit (outbox): the page is reloaded until it is there
                Browser.waitFor(driver).until(d -> {
                    d.get(base() + "/messages");
                    return d.findElement(By.tagName("main")).getText().contains("Résultat du tirage au sort");
                });
                logout(driver);
            }
            assertThat(seen).anyMatch(t -> t.contains("place attribuée")).anyMatch(t -> t.contains("liste d'attente, rang 1"));
        }
        try (Browser phone = Browser.phone()) {
            login(phone.driver(), families.get(0).login(), Fixtures.PASSWORD);
            phone.driver().get(base() + "/enfants/" + families.get(0).childId() + agenda);
            phone.screenshot(SHOTS.resolve("agenda-resultat-telephone.png"));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void login(WebDriver driver, String login, String password) {
        AgendaTestSupport.login(driver, base(), login, password);
    }

    private void logout(WebDriver driver) {
        AgendaTestSupport.logout(driver);
    }
}
