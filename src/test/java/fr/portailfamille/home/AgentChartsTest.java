package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The occupancy chart shows the figures of its table and of its CSV, for the period asked. */
@PortalTest
class AgentChartsTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void theChartShowsTheSameFiguresAsItsTableAndItsCsv() throws Exception {
        var family = fixtures.family("Graphique");
        var activity = activities.all().get(0);
        LocalDate monday = WeeklyOccupancy.monday(clock.today().plusDays(300));
        reservation(family.householdId(), family.childId(), activity.id(), monday, "RESERVED");
        reservation(family.householdId(), family.childId(), activity.id(), monday.plusDays(1), "REQUESTED");
        reservation(family.householdId(), family.childId(), activity.id(), monday.plusDays(2), "WAITING");

        var doc = Jsoup.parse(mvc.perform(get("/gestion/tableaux").param("du", monday.plusDays(2).toString())
                        .param("semaines", "2").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var bars = doc.select("#graphique-occupation g.chart-row");
        var rows = doc.select("#tableau-occupation tbody tr");
        assertThat(bars).isNotEmpty().hasSameSizeAs(rows);
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            Element row = rows.get(i);
            assertThat(bar.attr("data-activity")).isEqualTo(row.attr("data-activity"));
            assertThat(bar.attr("data-week")).isEqualTo(row.attr("data-week"));
            assertThat(bar.attr("data-taken")).isEqualTo(row.select(".taken").text());
            assertThat(bar.attr("data-waiting")).isEqualTo(row.select(".waiting").text());
            assertThat(bar.attr("data-capacity")).isEqualTo(row.select(".capacity").text());
            assertThat(bar.select(".chart-value").text()).isEqualTo(row.select(".taken").text() + "/"
                    + row.select(".capacity").text());
            // the drawn lengths are on one scale: more taken, longer bar
            int taken = Integer.parseInt(bar.attr("data-taken"));
            assertThat(Integer.parseInt(bar.select("rect.bar-taken").attr("width")) > 0).isEqualTo(taken > 0);
        }
        var mine = bars.stream().filter(b -> b.attr("data-activity").equals(activity.name())
                && b.attr("data-week").equals(monday.toString())).findFirst().orElseThrow();
        assertThat(mine.attr("data-taken")).isEqualTo(String.valueOf(count(activity.id(), monday,
                "('RESERVED', 'REQUESTED')")));
        assertThat(mine.attr("data-waiting")).isEqualTo(String.valueOf(count(activity.id(), monday, "('WAITING')")));
        int open = 0;
        for (int d = 0; d < 7; d++) {
            open += activity.isOpen(monday.plusDays(d)) ? 1 : 0;
        }
        assertThat(mine.attr("data-capacity")).isEqualTo(String.valueOf(open * activity.dailyCapacity()));

        String csv = new String(mvc.perform(get(doc.select("#csv-occupation").attr("href"))
                        .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFactivite;semaine_du;places;prises;attente;taux_pct\r\n");
        assertThat(csv).contains(activity.name() + ";" + monday + ";" + mine.attr("data-capacity") + ";"
                + mine.attr("data-taken") + ";" + mine.attr("data-waiting") + ";");
    }

    @Test
    void aWrongPeriodSaysWhyAndShowsTheComingWeeks() throws Exception {
        var doc = Jsoup.parse(mvc.perform(get("/gestion/tableaux").param("du", "32/13/2026").param("semaines", "x")
                        .with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("#periode-erreur").text()).contains("nombre de semaines entre 1 et 26");
        assertThat(doc.select("#du").val()).isEqualTo("32/13/2026");
        assertThat(doc.select("#semaines").val()).isEqualTo("x");
        var far = AgentChartsController.period("1900-01-01", "400", clock.today());
        assertThat(far.from()).isEqualTo(WeeklyOccupancy.monday(clock.today()));
        assertThat(far.weeks()).isEqualTo(AgentChartsController.DEFAULT_WEEKS);
        assertThat(far.error()).isEqualTo("charts.error.weeks");
        assertThat(AgentChartsController.period("hier", null, clock.today()).error()).isEqualTo("charts.error.from");
        mvc.perform(get("/gestion/tableaux").with(logins.as("demo.famille"))).andExpect(status().isForbidden());
    }

    private void reservation(long household, long child, long activity, LocalDate day, String status) {
        jdbc.sql("INSERT INTO reservation (household_id, child_id, activity_id, service_day, status, holds_place, "
                        + "queued_at, updated_at) VALUES (:h, :c, :a, :d, :s, :hold, :at, :at)")
                .param("h", household).param("c", child).param("a", activity).param("d", day).param("s", status)
                .param("hold", !"WAITING".equals(status)).param("at", OffsetDateTime.now()).update();
    }

    private int count(long activity, LocalDate monday, String statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day BETWEEN :m AND :s "
                        + "AND status IN " + statuses).param("a", activity).param("m", monday)
                .param("s", monday.plusDays(6)).query(Integer.class).single();
    }
}
