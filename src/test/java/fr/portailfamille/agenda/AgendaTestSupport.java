package fr.portailfamille.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;

/** Throw-away activities open every day from today + 3 for 60 days, and enrolled test families. */
record AgendaTestSupport(Activities activities, Enrolments enrolments, Fixtures fixtures) {

    record Setup(long activityId, long periodId) {
    }

    Setup activity(String name, int capacity, boolean validation) {
        long id = activities.create(new ActivitySettings(name, ActivityKind.ACCUEIL_LOISIRS, 4, 13, capacity,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                true, validation));
        long period = activities.addPeriod(id, "Période de test", fixtures.today().minusDays(5),
                fixtures.today().plusDays(60), EnumSet.allOf(DayOfWeek.class));
        return new Setup(id, period);
    }

    Fixtures.TestFamily enrolledFamily(String name, Setup setup) {
        var family = fixtures.family(name, fixtures.today().minusYears(8));
        enrolments.enrolDirectly(family.householdId(), family.childId(), setup.activityId(), setup.periodId());
        return family;
    }

    /** A day (from the test clock's today) bookable whatever the hour: far enough from the J-2 deadline, and not a public holiday. */
    LocalDate bookableDay(int offset) {
        var day = fixtures.today().plusDays(offset);
        var holidays = new fr.portailfamille.activities.FrenchPublicHolidays();
        while (holidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Logs in through the login page (browser journeys of the agenda). */
    static void login(org.openqa.selenium.WebDriver driver, String base, String login, String password) {
        driver.get(base + "/connexion");
        driver.findElement(org.openqa.selenium.By.id("identifiant")).sendKeys(login);
        driver.findElement(org.openqa.selenium.By.id("motDePasse")).sendKeys(password);
        fr.portailfamille.support.Browser.follow(driver, org.openqa.selenium.By.cssSelector("form button[type=submit]"));
        org.assertj.core.api.Assertions.assertThat(driver.getCurrentUrl()).doesNotContain("/connexion");
    }

    static void logout(org.openqa.selenium.WebDriver driver) {
        fr.portailfamille.support.Browser.follow(driver, org.openqa.selenium.By.cssSelector(".logout-form button"));
        org.assertj.core.api.Assertions.assertThat(driver.getCurrentUrl()).contains("/connexion");
    }
}
