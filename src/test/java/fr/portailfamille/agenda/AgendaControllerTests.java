package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class AgendaControllerTests {

    @Autowired MockMvcTester mvc;
    @Autowired org.springframework.test.web.servlet.MockMvc mockMvc;
    @Autowired TestClock clock;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired ReservationStore store;

    @Test
    void familyAsksSeveralDaysWithAPlainFormPostAndSeesThemRequested() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Formulaire", 4, true);
        var family = support.enrolledFamily("Formulaire", setup);
        LocalDate d1 = support.bookableDay(10);
        LocalDate d2 = support.bookableDay(12);
        var post = mvc.post().uri("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login()))
                .with(csrf()).param("activite", "" + setup.activityId()).param("mois", YearMonth.from(d1).toString())
                .param("jours", d1.toString(), d2.toString()).param("action", "demander").exchange();
        assertThat(post).hasStatus3xxRedirection();
        assertThat(store.taken(setup.activityId(), d1)).isEqualTo(1);
        assertThat(store.taken(setup.activityId(), d2)).isEqualTo(1);

        var html = mvc.get().uri("/enfants/" + family.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                + YearMonth.from(d1)).with(logins.as(family.login())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var cell = Jsoup.parse(html).selectFirst("td[data-day=" + d1 + "]");
        assertThat(cell.text()).contains("◔").contains("Demandée — place retenue");
        assertThat(cell.attr("data-actions")).contains("annuler");
        assertThat(Jsoup.parse(html).select("script[src$=agenda.js]")).hasSize(1);
    }

    @Test
    void aFullDayAnswersWithARedirectAndThePageShowsTheWaitingListRank() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Rang", 1, true);
        var first = support.enrolledFamily("RangUn", setup);
        var second = support.enrolledFamily("RangDeux", setup);
        LocalDate day = support.bookableDay(13);
        for (var family : java.util.List.of(first, second)) {
            var session = new fr.portailfamille.support.SessionCookie(); // the flash outcome travels in the session
            var post = session.perform(mockMvc, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login()))
                    .with(csrf()).param("activite", "" + setup.activityId()).param("mois", YearMonth.from(day).toString())
                    .param("jours", day.toString()));
            assertThat(post.getResponse().getStatus()).isEqualTo(302);
            if (family == second) {
                var html = session.perform(mockMvc, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get(post.getResponse().getRedirectedUrl()).with(logins.as(second.login())))
                        .getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(Jsoup.parse(html).select("ul.results").text())
                        .contains("complet : inscrit(e) sur la liste d'attente, rang 1");
            }
        }
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
    }

    @Test
    void demoFamilyAgendaShowsCrocVacancesAndWhyDaysAreNotBookable() throws Exception {
        long hugo = childNamed("Hugo");
        var html = mvc.get().uri("/enfants/" + hugo + "/agenda?mois=" + YearMonth.of(2026, 12))
                .with(logins.as("demo.famille")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var doc = Jsoup.parse(html);
        assertThat(doc.select("h2#titre-mois").text()).contains("Croc'Vacances");
        assertThat(doc.select("td.day-CLOSED").text()).contains("Fermé");
        long lea = childNamed("Léa");
        var young = Jsoup.parse(mvc.get().uri("/enfants/" + lea + "/agenda?mois=" + YearMonth.of(2026, 12))
                .with(logins.as("demo.famille")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(young.select("td.day-NOT_ENROLLED").text()).contains("Non inscrit");
    }

    @Test
    void anotherFamilysAgendaIsNotFound() {
        var mine = fixtures.family("AgendaMoi");
        var other = fixtures.family("AgendaAutre");
        assertThat(mvc.get().uri("/enfants/" + other.childId() + "/agenda").with(logins.as(mine.login())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/enfants/" + other.childId() + "/agenda").with(logins.as(mine.login())).with(csrf())
                .param("activite", "1").param("jours", clock.today().plusDays(9).toString())).hasStatus(404);
    }

    @Autowired fr.portailfamille.family.Households households;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private long childNamed(String firstName) {
        var user = (fr.portailfamille.account.PortalUser) users.loadUserByUsername("demo.famille");
        return households.children(user.householdId()).stream().filter(c -> c.firstName().equals(firstName))
                .findFirst().orElseThrow().id();
    }
}
