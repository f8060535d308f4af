package fr.portailfamille.agenda;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.upload.TestFiles;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The check-in card shows the child's validated photo, a neutral placeholder otherwise (tablet in portrait). */
@PortalTest
class CheckInPhotoJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ReservationStore store;
    @Autowired Requests requests;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    @Test
    void theCardShowsThePhotoOrAPlaceholder() throws Exception {
        Browser.requireOrSkip();
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Pointage photo", 10, false);
        var withPhoto = support.enrolledFamily("Photographiee", setup);
        var without = support.enrolledFamily("Sansphoto", setup);
        mvc.perform(multipart("/enfants/" + withPhoto.childId() + "/photo")
                .file(new MockMultipartFile("fichier", "photo.jpg", "image/jpeg", TestFiles.jpeg(240, 320)))
                .with(logins.as(withPhoto.login())).with(csrf()));
        requests.accept(requests.pending(withPhoto.householdId(), "family.child-photo", withPhoto.childId())
                .orElseThrow().id(), "demo.agent", null);
        LocalDate day = support.bookableDay(23);
        for (var f : List.of(withPhoto, without)) {
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        }
        long photoR = store.find(withPhoto.childId(), setup.activityId(), day).orElseThrow().id();
        long plainR = store.find(without.childId(), setup.activityId(), day).orElseThrow().id();

        try (Browser browser = Browser.ofSize(800, 1280)) {
            WebDriver driver = browser.driver();
            driver.get(base() + "/connexion");
            driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026", Keys.ENTER);
            Browser.waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
            driver.get(base() + "/gestion/pointage?activite=" + setup.activityId() + "&jour=" + day);
            var img = driver.findElement(By.cssSelector("#r-" + photoR + " img.checkin-photo"));
            Browser.waitFor(driver).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
            assertThat(img.getSize().getWidth()).isEqualTo(80);
            assertThat(driver.findElements(By.cssSelector("#r-" + plainR + " img"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#r-" + plainR + " .checkin-photo-none"))).hasSize(1);
            Axe.assertNoSeriousViolations(driver, "pointage avec photos");
            browser.assertFits("pointage avec photos");
            ((JavascriptExecutor) driver).executeScript("document.getElementById('r-" + photoR + "').scrollIntoView()");
            browser.screenshot(Path.of("target/screenshots/retention/pointage-photo.png"));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
