package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.GZIPInputStream;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.HttpFamily;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.StatementLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What the opening rush goes through: the reservation POST and the agenda page, counted in SQL statements. */
@PortalTest
class AgendaHotPathTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @LocalServerPort int port;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The family's stored session as it stands: last access time and each attribute's bytes. */
    private List<String> sessionOf(String login) {
        return jdbc.sql("""
                SELECT s.last_access_time || ' ' || a.attribute_name || ' ' || md5(a.attribute_bytes)
                  FROM spring_session s JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
                 WHERE s.principal_name = :login ORDER BY a.attribute_name""").param("login", login)
                .query(String.class).list();
    }

    private MvcTestResult ask(Fixtures.TestFamily family, long activityId, LocalDate... days) {
        var post = mvc.post().uri("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login()))
                .with(csrf()).param("activite", "" + activityId).param("mois", YearMonth.from(days[0]).toString())
                .param("jours", java.util.Arrays.stream(days).map(LocalDate::toString).toArray(String[]::new))
                .exchange();
        assertThat(post).hasStatus3xxRedirection();
        return post;
    }

    @Test
    void aReservationPostThatRedirectsQueriesNoPageDecorationAndNamesOneViewForEveryChild() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Décor", 5, true);
        var first = support.enrolledFamily("DecorUn", setup);
        var second = support.enrolledFamily("DecorDeux", setup);
        LocalDate day = support.bookableDay(11);
        ask(first, setup.activityId(), day); // warms the caches (activity, enrolment) like a page shown before

        var posts = new java.util.ArrayList<MvcTestResult>();
        var statements = StatementLog.record(() -> posts.add(ask(second, setup.activityId(), day)));

        assertThat(statements).as("statements of the POST").isNotEmpty()
                .noneMatch(sql -> sql.contains("conversation")) // inbox badge
                .noneMatch(sql -> sql.contains("town_settings"))
                .noneMatch(sql -> sql.contains("status = 'PENDING'")); // back-office pending count
        // one view name for every child: the view resolver caches it once
        assertThat(posts.get(0).getMvcResult().getModelAndView().getViewName())
                .isEqualTo(AgendaController.AGENDA);
        assertThat(posts.get(0).getResponse().getRedirectedUrl()).startsWith("/enfants/" + second.childId()
                + "/agenda?activite=" + setup.activityId() + "&mois=" + YearMonth.from(day) + "&resultats=");
        assertThat(statements).as("the child is read once (ownership and age)")
                .filteredOn(sql -> sql.contains("FROM child WHERE")).hasSize(1);
    }

    @Test
    void theOutcomeTravelsInTheRedirectNotInTheSessionAndOnlyForItsOwnChild() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Issue", 5, true);
        var family = support.enrolledFamily("IssueUn", setup);
        var other = support.enrolledFamily("IssueDeux", setup);
        LocalDate day = support.bookableDay(12);
        var http = new HttpFamily(port);
        assertThat(http.logIn(family.login()).statusCode()).isEqualTo(302);
        String agenda = "/enfants/" + family.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                + YearMonth.from(day);
        http.get(agenda); // the page the family asks from (its last access is now recent)

        var before = sessionOf(family.login());
        assertThat(before).as("the session is in the database").isNotEmpty();
        var post = http.post(agenda, "/enfants/" + family.childId() + "/agenda", java.util.Map.of(
                "activite", "" + setup.activityId(), "mois", "" + YearMonth.from(day), "jours", day.toString()));
        assertThat(post.statusCode()).isEqualTo(302);
        String location = post.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("resultats=");
        assertThat(sessionOf(family.login())).as("the post wrote nothing to the session").isEqualTo(before);
        var shown = http.get(location).body();
        assertThat(org.jsoup.Jsoup.parse(shown).select(".results li").text())
                .contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("place retenue");
        assertThat(sessionOf(family.login())).as("neither the post nor the page showing its outcome wrote the session")
                .isEqualTo(before);

        String token = location.substring(location.indexOf("resultats=") + "resultats=".length());
        String forged = token.replace("RETAINED", "RESERVED");
        assertThat(org.jsoup.Jsoup.parse(http.get(agenda + "&resultats=" + forged).body()).select(".results"))
                .as("a changed outcome is not shown").isEmpty();
        int signature = token.lastIndexOf('.') + 1;
        String damaged = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);
        assertThat(org.jsoup.Jsoup.parse(http.get(agenda + "&resultats=" + damaged).body()).select(".results"))
                .as("a damaged signature is not shown").isEmpty();

        var stranger = new HttpFamily(port);
        assertThat(stranger.logIn(other.login()).statusCode()).isEqualTo(302);
        var onItsOwnChild = stranger.get("/enfants/" + other.childId() + "/agenda?activite=" + setup.activityId()
                + "&mois=" + YearMonth.from(day) + "&resultats=" + token);
        assertThat(onItsOwnChild.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(onItsOwnChild.body()).select(".results"))
                .as("an outcome signed for another family's child is not shown").isEmpty();
    }

    @Test
    void theAgendaPageCountsTheWaitingRanksOfAllItsDaysInOneStatementAndStillShowsTheBadge() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Rangs", 1, false);
        var early = support.enrolledFamily("RangsTot", setup);
        var late = support.enrolledFamily("RangsTard", setup);
        LocalDate d1 = support.bookableDay(14);
        LocalDate d2 = d1.plusDays(1);
        LocalDate d3 = d1.plusDays(2);
        ask(early, setup.activityId(), d1, d2, d3);
        ask(late, setup.activityId(), d1, d2, d3); // three days on the waiting list, rank 1 each

        var pages = new java.util.ArrayList<String>();
        var statements = StatementLog.record(() -> pages.add(mvc.get()
                .uri("/enfants/" + late.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                        + YearMonth.from(d1)).with(logins.as(late.login())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));

        assertThat(statements.stream().filter(sql -> sql.contains("COUNT(*) FROM reservation"))).hasSize(1);
        assertThat(statements).as("the bar's badge is still counted when the page renders")
                .anyMatch(sql -> sql.contains("FROM conversation"));
        var page = org.jsoup.Jsoup.parse(pages.get(0));
        for (var day : List.of(d1, d2, d3)) {
            if (YearMonth.from(day).equals(YearMonth.from(d1))) {
                assertThat(page.selectFirst("td[data-day=" + day + "]").text()).contains("rang 1");
            }
        }
    }

    @Test
    void theAgendaPageTravelsCompressedOverHttp() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Compression", 5, true);
        var family = support.enrolledFamily("Compression", setup);
        var http = new HttpFamily(port);
        assertThat(http.logIn(family.login()).statusCode()).isEqualTo(302);

        var response = http.getBytes("/enfants/" + family.childId() + "/agenda?activite=" + setup.activityId(),
                "Accept-Encoding", "gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] html = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertThat(new String(html, StandardCharsets.UTF_8)).contains("Compression");
        assertThat(response.body().length).isLessThan(html.length / 3);
    }
}
