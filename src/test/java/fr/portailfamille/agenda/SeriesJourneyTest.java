package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Semaine type on a term: from the agenda, « Réserver plusieurs jours », every Wednesday of the period ticked with
 * the keyboard, the preview, the confirmation, the outcomes — axe-clean and fitting 1366 px and 390 px.
 */
@PortalTest
class SeriesJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ReservationStore store;

    @Test
    void everyWednesdayOfATermPreviewedConfirmedAndListedDayByDay() {
        Browser.requireOrSkip();
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Mercredis du trimestre", 1, true);
        var family = support.enrolledFamily("Trimestre", setup);
        var other = support.enrolledFamily("TrimestreAutre", setup);
        LocalDate full = fixtures.today().plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        reservations.ask(other.householdId(), other.childId(), setup.activityId(), List.of(full));
        activities.addClosingDay(setup.activityId(), full.plusWeeks(2), "Journée pédagogique");
        LocalDate bookable = full.plusWeeks(1);

        try (Browser browser = Browser.ofSize(1366, 900)) {
            WebDriver driver = browser.driver();
            login(driver, family.login());
            driver.get(base() + "/enfants/" + family.childId() + "/agenda?activite=" + setup.activityId());
            Browser.follow(driver, By.id("plusieurs-jours"));
            Axe.assertNoSeriousViolations(driver, "réserver plusieurs jours");
            browser.assertFits("réserver plusieurs jours");

            // the keyboard: Space ticks the weekday, Enter on the button asks for the preview
            driver.findElement(By.id("jour-WEDNESDAY")).sendKeys(Keys.SPACE);
            assertThat(driver.findElement(By.id("jour-WEDNESDAY")).isSelected()).isTrue();
            Browser.follow(driver, () -> driver.findElement(By.id("bouton-apercu")).sendKeys(Keys.ENTER));
            String preview = driver.findElement(By.cssSelector(".series-preview")).getText();
            assertThat(preview).contains("complet → liste d'attente").contains("fermé").contains("réservable");
            Axe.assertNoSeriousViolations(driver, "aperçu");
            browser.assertFits("aperçu");
            shots(browser, "apercu");

            Browser.follow(driver, By.id("bouton-confirmer"));
            assertThat(driver.getCurrentUrl()).contains("/plusieurs-jours/resultat");
            String outcomes = driver.findElement(By.tagName("main")).getText();
            assertThat(outcomes).contains("demandée — place retenue").contains("liste d'attente, rang 1")
                    .contains("impossible : l'accueil est fermé");
            Axe.assertNoSeriousViolations(driver, "résultat");
            browser.assertFits("résultat");
            shots(browser, "resultat");
        }
        assertThat(store.taken(setup.activityId(), bookable)).isEqualTo(1);
        assertThat(store.taken(setup.activityId(), full)).isEqualTo(1);
    }

    /** Whole-page screenshots at 1366 and 390 px (tall viewports), then the viewport back. */
    private static void shots(Browser browser, String name) {
        browser.resizeViewport(1366, 1500);
        browser.screenshot(Path.of("target/screenshots/semaine-type-" + name + "-1366.png"));
        browser.resizeViewport(390, 2400);
        browser.screenshot(Path.of("target/screenshots/semaine-type-" + name + "-390.png"));
        browser.resizeViewport(1366, 900);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void login(WebDriver driver, String login) {
        driver.get(base() + "/connexion");
        driver.findElement(By.id("identifiant")).sendKeys(login);
        driver.findElement(By.id("motDePasse")).sendKeys(Fixtures.PASSWORD);
        Browser.follow(driver, By.cssSelector("form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/connexion");
    }
}
