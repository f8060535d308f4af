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
        assertThat(posts.get(0).getResponse().getRedirectedUrl()).isEqualTo("/enfants/" + second.childId()
                + "/agenda?activite=" + setup.activityId() + "&mois=" + YearMonth.from(day));
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
