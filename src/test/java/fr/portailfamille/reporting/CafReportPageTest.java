package fr.portailfamille.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import java.nio.file.Path;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CAF page over real reservations, in periods three years ahead that no other test books (one per test): present days count
 * (one unit = 1 h by default), a child checked in absent and a pending request do not; CSV is formula-safe; PDF is
 * a PDF; an implausible date is refused next to its field.
 */
@PortalTest
class CafReportPageTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private long reserve(Fixtures.TestFamily f, long activityId, LocalDate day, String status) {
        jdbc.sql("INSERT INTO reservation (household_id, child_id, activity_id, service_day, status, holds_place,"
                        + " queued_at, updated_at) VALUES (:h, :c, :a, :d, :s, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("h", f.householdId()).param("c", f.childId()).param("a", activityId).param("d", day)
                .param("s", status).update();
        return jdbc.sql("SELECT id FROM reservation WHERE child_id = :c AND activity_id = :a AND service_day = :d")
                .param("c", f.childId()).param("a", activityId).param("d", day).query(Long.class).single();
    }

    /** Léa turns 6 between her two days, Tom (8, MSA, QF 1200) has one present day, one absent, one pending. */
    private LocalDate period(String suffix, int monthsAhead) {
        LocalDate start = fixtures.today().plusMonths(monthsAhead).withDayOfMonth(1);
        long alsh = activities.create(new ActivitySettings("CAF test centre " + suffix,
                ActivityKind.ACCUEIL_LOISIRS, 3, 13, 20,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                true, false));
        activities.addPeriod(alsh, "Période CAF", start, start.plusDays(27), EnumSet.allOf(DayOfWeek.class));
        var lea = fixtures.family("=CafLea" + suffix, start.minusYears(6).plusDays(3));
        var tom = fixtures.family("CafTom" + suffix, start.minusYears(8));
        jdbc.sql("UPDATE household SET allowance_fund = 'MSA', family_quotient = 1200 WHERE id = :h")
                .param("h", tom.householdId()).update();
        reserve(lea, alsh, start, "RESERVED");
        reserve(lea, alsh, start.plusDays(7), "RESERVED");
        reserve(tom, alsh, start, "RESERVED");
        long absent = reserve(tom, alsh, start.plusDays(1), "RESERVED");
        jdbc.sql("INSERT INTO check_in (reservation_id, absent, updated_by, updated_at)"
                + " VALUES (:r, TRUE, 'test', CURRENT_TIMESTAMP)").param("r", absent).update();
        reserve(tom, alsh, start.plusDays(2), "REQUESTED");
        return start;
    }

    @Test
    void countsPresentDaysAndExportsThem() throws Exception {
        LocalDate start = period("A", 36);
        String q = "du=" + start + "&au=" + start.plusDays(27);
        var page = Jsoup.parse(mvc.perform(get("/gestion/rapports/caf?" + q).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("caf-total").text()).isEqualTo("3");
        assertThat(page.select("#caf-nominatif tbody tr")).hasSize(2);
        assertThat(page.select("#caf-groupes tbody tr").text()).contains("Moins de 6 ans", "6 ans et plus", "MSA",
                "Vacances");
        assertThat(page.select("nav a[href='/gestion/rapports/caf']")).hasSize(1);

        var csv = mvc.perform(get("/gestion/rapports/caf?" + q + "&format=csv&col=REGIME&col=TOTAL")
                        .with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Enfant;Régime;Total des heures").contains("MSA;1").doesNotContain("\r\n=CafLea");
        assertThat(csv).contains("'=CafLea");

        var pdf = mvc.perform(get("/gestion/rapports/caf?" + q + "&format=pdf").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void anImplausibleDateIsRefusedNextToItsField() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/gestion/rapports/caf?du=1850-01-01&au=2026-13-45&format=csv")
                        .with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("du-erreur").text()).startsWith("Date invalide");
        assertThat(page.getElementById("au-erreur").text()).startsWith("Date invalide");
        assertThat(page.getElementById("du").val()).isEqualTo("1850-01-01");
        var reversed = Jsoup.parse(mvc.perform(get("/gestion/rapports/caf?du=2026-03-10&au=2026-03-01")
                        .with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(reversed.getElementById("au-erreur").text()).contains("après");
    }

    @Test
    void thePageFitsALaptopAndAPhone() {
        Browser.requireOrSkip();
        LocalDate start = period("B", 39);
        try (Browser browser = Browser.desktop()) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/connexion");
            driver.findElement(By.id("identifiant")).sendKeys("demo.agent");
            driver.findElement(By.id("motDePasse")).sendKeys("Demo-Agent-2026", Keys.ENTER);
            Browser.waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
            driver.get("http://localhost:" + port + "/gestion/rapports/caf?du=" + start + "&au=" + start.plusDays(27));
            assertThat(driver.findElement(By.id("caf-total")).getText()).isEqualTo("3");
            Axe.assertNoSeriousViolations(driver, "rapport CAF");
            browser.assertFits("rapport CAF");
            for (int width : new int[] {1366, 390}) {
                browser.resizeViewport(width, 1400);
                browser.screenshot(Path.of("target/screenshots/caf-" + width + ".png"));
            }
        }
    }
}
