package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed's journey: the family opens the child's agenda, right-clicks a Croc'Vacances day, chooses
 * "Demande de réservation" and sees the pending symbol; an agent validates; the family sees the reservation.
 */
@PortalTest
class AgendaJourneyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;

    @Test
    void familyRightClicksADayAsksForItAndSeesItReservedOnceAnAgentValidates() {
        Browser.requireOrSkip();
        ActivityView croc = activities.all().stream().filter(a -> a.name().equals("Croc'Vacances")).findFirst()
                .orElseThrow();
        LocalDate day = firstBookableDay(croc);
        croc = activities.get(croc.id());
        var family = fixtures.family("Parcours", clock.today().minusYears(8));
        for (var period : croc.periods()) {
            if (!period.end().isBefore(clock.today())) {
                enrolments.enrolDirectly(family.householdId(), family.childId(), croc.id(), period.id());
            }
        }
        String agendaUrl = base() + "/enfants/" + family.childId() + "/agenda?activite=" + croc.id() + "&mois="
                + YearMonth.from(day);

        try (Browser browser = Browser.desktop()) {
            WebDriver driver = browser.driver();
            login(driver, family.login(), Fixtures.PASSWORD);
            driver.get(agendaUrl);
            Axe.assertNoSeriousViolations(driver, "agenda");
            browser.screenshot(Path.of("target/screenshots/agenda-desktop.png"));

            WebElement cell = driver.findElement(By.cssSelector("td[data-day='" + day + "']"));
            new Actions(driver).contextClick(cell).perform();
            WebElement item = wait(driver).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".context-menu [role=menuitem][data-action=demander]")));
            assertThat(item.getText()).isEqualTo("Demande de réservation");
            browser.screenshot(Path.of("target/screenshots/agenda-menu.png"));
            item.click();

            WebElement requested = wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("td.day-REQUESTED[data-day='" + day + "']")));
            assertThat(requested.getText()).contains("◔").contains("Demandée — place retenue");
            assertThat(driver.findElement(By.cssSelector(".notice-info")).getText()).contains("place retenue");
            Axe.assertNoSeriousViolations(driver, "agenda après demande");

            // keyboard: the day's "⋯" button opens the same menu, Escape closes it and gives focus back
            var other = driver.findElements(By.cssSelector("td.day-OPEN .day-menu-button"));
            if (!other.isEmpty()) {
                other.get(0).sendKeys(org.openqa.selenium.Keys.ENTER);
                WebElement first = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".context-menu [role=menuitem]")));
                assertThat(driver.switchTo().activeElement()).isEqualTo(first);
                first.sendKeys(org.openqa.selenium.Keys.ESCAPE);
                assertThat(driver.findElement(By.cssSelector(".context-menu")).isDisplayed()).isFalse();
            }

            logout(driver);
            login(driver, "demo.agent", "Demo-Agent-2026");
            driver.get(base() + "/gestion/activites/" + croc.id() + "/jours/" + day);
            Browser.follow(driver, By.cssSelector("button[aria-label=\"Valider la demande d'" + childName(family) + "\"]"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice-success")));
            logout(driver);

            login(driver, family.login(), Fixtures.PASSWORD);
            driver.get(agendaUrl);
            WebElement reserved = driver.findElement(By.cssSelector("td.day-RESERVED[data-day='" + day + "']"));
            assertThat(reserved.getText()).contains("✓").contains("Réservé");
            Axe.assertNoSeriousViolations(driver, "agenda réservé");
        }
        try (Browser phone = Browser.phone()) {
            login(phone.driver(), family.login(), Fixtures.PASSWORD);
            phone.driver().get(agendaUrl);
            phone.screenshot(Path.of("target/screenshots/agenda-phone.png"));
        }
    }

    /** The first Croc'Vacances day still bookable; adds a period if the demo's are over (late runs). */
    private LocalDate firstBookableDay(ActivityView croc) {
        var now = java.time.LocalDateTime.now(clock);
        for (LocalDate d = clock.today(); d.isBefore(clock.today().plusDays(70)); d = d.plusDays(1)) {
            if (croc.isOpen(d) && croc.bookingOpen(d, now)) {
                return d;
            }
        }
        activities.addPeriod(croc.id(), "Période de test", clock.today().plusDays(7), clock.today().plusDays(14),
                EnumSet.allOf(DayOfWeek.class));
        return firstBookableDay(activities.get(croc.id()));
    }

    private String childName(Fixtures.TestFamily family) {
        return "Enfant" + family.login().split("\\.")[2] + " Parcours";
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

    private static WebDriverWait wait(WebDriver driver) {
        return Browser.waitFor(driver);
    }
}
