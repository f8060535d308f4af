package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** « À faire aujourd'hui » on /gestion shows what waits, each line leading to the list that deals with it. */
@PortalTest
class AgentDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired Activities activities;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private Document dashboard() throws Exception {
        return Jsoup.parse(mvc.perform(get("/gestion").with(logins.as("demo.agent"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void pendingRequestsByKindWithTheAgeOfTheOldestLeadToTheFilteredQueue() throws Exception {
        var family = fixtures.family("Tableau");
        requests.submit(new NewRequest(family.householdId(), "family.child-health", family.childId(), "test",
                Map.of("pai", "false", "diet", "NONE"), Map.of()));
        clock.advance(Duration.ofDays(3));

        var doc = dashboard();
        long count = jdbc.sql("SELECT COUNT(*) FROM request WHERE status = 'PENDING' AND kind = 'family.child-health'")
                .query(Long.class).single();
        var oldest = jdbc.sql("SELECT MIN(created_at) FROM request WHERE status = 'PENDING' "
                + "AND kind = 'family.child-health'").query(OffsetDateTime.class).single();
        long days = ChronoUnit.DAYS.between(oldest.atZoneSameInstant(clock.getZone()).toLocalDate(), clock.today());
        assertThat(days).isGreaterThanOrEqualTo(3);
        var link = doc.select("#todo-demandes a[href=/gestion/demandes?type=family.child-health]");
        assertThat(link.text()).isEqualTo("Données sanitaires : " + (count == 1 ? "1 demande" : count + " demandes")
                + ", la plus ancienne attend depuis " + days + " jours");
        // the link opens the queue filtered on that kind
        var queue = Jsoup.parse(mvc.perform(get(link.attr("href")).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.select("#type option[selected]").val()).isEqualTo("family.child-health");
    }

    @Test
    void expectedChildrenAndReservationsToValidatePerActivityLeadToTheDayAndAttendanceLists() throws Exception {
        var family = fixtures.family("Attendus");
        long activity = activities.all().get(0).id();
        String name = activities.get(activity).name();
        LocalDate today = clock.today();
        reservation(family.householdId(), family.childId(), activity, today, "RESERVED");
        reservation(family.householdId(), family.childId(), activity, today.plusDays(1), "RESERVED");
        reservation(family.householdId(), family.childId(), activity, today.plusDays(5), "REQUESTED");

        var doc = dashboard();
        int expectedToday = count(activity, today, "RESERVED");
        assertThat(doc.select("#todo-attendus a[href=/gestion/activites/" + activity + "/jours/" + today + "/presences]")
                .text()).isEqualTo("Aujourd’hui, " + name + " : " + expectedToday + " enfant(s)");
        assertThat(doc.select("#todo-attendus a[href=/gestion/activites/" + activity + "/jours/" + today.plusDays(1)
                + "/presences]").text()).isEqualTo("Demain, " + name + " : " + count(activity, today.plusDays(1),
                "RESERVED") + " enfant(s)");
        int toValidate = jdbc.sql("SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND status = 'REQUESTED' "
                        + "AND service_day BETWEEN :from AND :to").param("a", activity).param("from", today)
                .param("to", today.plusDays(AgentDashboard.VALIDATION_HORIZON_DAYS)).query(Integer.class).single();
        assertThat(doc.select("#todo-validation a[href^=/gestion/activites/" + activity + "/jours/]").text())
                .startsWith(name + " : " + toValidate + " à valider");
    }

    @Test
    void unreadMessagesCrocVacancesApartAndFailedNotices() throws Exception {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                        + "VALUES (CAST(:id AS UUID), 'test.DashboardListener', 'test.DashboardEvent', '{}', :at)")
                .param("id", id).param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).update();
        try {
            var doc = dashboard();
            int unread = jdbc.sql("SELECT COUNT(*) FROM conversation WHERE town_unread")
                    .query(Integer.class).single();
            assertThat(doc.select("#todo-messages a[href=/gestion/messages?nonLus=true]").text())
                    .contains(unread == 0 ? "Aucune" : String.valueOf(unread));
            assertThat(doc.select("#todo-messages a[href=/gestion/messages?nonLus=true&croc=true]").text())
                    .startsWith("dont Croc’Vacances : ");
            // open conversations without an agent: the count and the inbox filtered on them agree
            int unassigned = jdbc.sql("SELECT COUNT(*) FROM conversation WHERE NOT handled "
                    + "AND assigned_account_id IS NULL").query(Integer.class).single();
            var link = doc.select("#todo-messages a[href=/gestion/messages?sansAgent=true]");
            assertThat(link.text()).contains(unassigned == 0 ? "Aucune" : String.valueOf(unassigned));
            var inbox = Jsoup.parse(mvc.perform(get(link.attr("href")).with(logins.as("demo.agent")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(inbox.select("#sansAgent").hasAttr("checked")).isTrue();
            int failed = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                    + "AND publication_date < :at").param("at", Timestamp.from(clock.instant().minus(
                            AgentDashboard.NOTICE_FAILED_AFTER))).query(Integer.class).single();
            assertThat(failed).isPositive();
            assertThat(doc.select("#todo-courriels").text()).startsWith(failed == 1 ? "1 avis par courriel n’a pas"
                    : failed + " avis par courriel n’ont pas");
        } finally {
            jdbc.sql("DELETE FROM event_publication WHERE id = CAST(:id AS UUID)").param("id", id).update();
        }
    }

    @Test
    void waitingListsThatMovedSinceYesterdayLeadToTheDay() throws Exception {
        var family = fixtures.family("Promue");
        long activity = activities.all().get(0).id();
        LocalDate day = clock.today().plusDays(40);
        reservation(family.householdId(), family.childId(), activity, day, "RESERVED");
        jdbc.sql("UPDATE reservation SET promoted_at = :at WHERE child_id = :c AND service_day = :d")
                .param("at", OffsetDateTime.now()).param("c", family.childId()).param("d", day).update();
        var other = fixtures.family("PromueAvantHier");
        reservation(other.householdId(), other.childId(), activity, day, "RESERVED");
        jdbc.sql("UPDATE reservation SET promoted_at = :at WHERE child_id = :c AND service_day = :d")
                .param("at", OffsetDateTime.now().minusDays(3)).param("c", other.childId()).param("d", day).update();

        var since = clock.today().minusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        int moved = jdbc.sql("SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND promoted_at >= :since "
                        + "AND status IN ('RESERVED', 'REQUESTED')").param("a", activity).param("since", since)
                .query(Integer.class).single();
        LocalDate first = jdbc.sql("SELECT MIN(service_day) FROM reservation WHERE activity_id = :a "
                        + "AND promoted_at >= :since AND status IN ('RESERVED', 'REQUESTED')").param("a", activity)
                .param("since", since).query(LocalDate.class).single();
        var link = dashboard().select("#todo-attente a[href=/gestion/activites/" + activity + "/jours/" + first + "]");
        assertThat(link.text()).startsWith(activities.get(activity).name() + " : " + moved
                + " place(s) attribuée(s) depuis la liste d’attente depuis hier");
    }

    @Test
    void childrenExpectedThisWeekWithAnIncompleteRecordLeadToTheirList() throws Exception {
        var family = fixtures.family("Incomplet");
        long activity = activities.all().get(0).id();
        reservation(family.householdId(), family.childId(), activity, clock.today(), "RESERVED");

        var link = dashboard().select("#todo-dossiers a[href=/gestion/dossiers-incomplets]");
        assertThat(link.text()).endsWith("attendu(s) d’ici dimanche avec un dossier incomplet");
        var list = Jsoup.parse(mvc.perform(get(link.attr("href")).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var rows = list.select("#dossiers-incomplets tbody tr");
        assertThat(Integer.parseInt(link.text().split(" ")[0])).isEqualTo(rows.size());
        var mine = list.select("#dossiers-incomplets tr[data-child=" + family.childId() + "]");
        assertThat(mine.select("a[href=/gestion/familles/" + family.householdId() + "]")).hasSize(1);
        assertThat(mine.select("li").eachText()).contains("Données sanitaires");
        mvc.perform(get("/gestion/dossiers-incomplets").with(logins.as("demo.famille")))
                .andExpect(status().isForbidden());
    }

    @Test
    void waitingAgeCountsCalendarDaysInTheTown() {
        var zone = clock.getZone();
        var today = LocalDate.of(2030, 3, 10);
        assertThat(AgentDashboard.WaitingAge.days(today.atTime(23, 59).atZone(zone).toInstant(), today, zone)).isZero();
        assertThat(AgentDashboard.WaitingAge.days(today.minusDays(1).atTime(23, 59).atZone(zone).toInstant(), today,
                zone)).isEqualTo(1);
        assertThat(AgentDashboard.WaitingAge.days(today.minusDays(3).atStartOfDay(zone).toInstant(), today, zone))
                .isEqualTo(3);
    }

    private void reservation(long household, long child, long activity, LocalDate day, String status) {
        jdbc.sql("INSERT INTO reservation (household_id, child_id, activity_id, service_day, status, holds_place, "
                        + "queued_at, updated_at) VALUES (:h, :c, :a, :d, :s, TRUE, :at, :at)")
                .param("h", household).param("c", child).param("a", activity).param("d", day).param("s", status)
                .param("at", OffsetDateTime.now()).update();
    }

    private int count(long activity, LocalDate day, String status) {
        return jdbc.sql("SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day = :d AND status = :s")
                .param("a", activity).param("d", day).param("s", status).query(Integer.class).single();
    }
}
