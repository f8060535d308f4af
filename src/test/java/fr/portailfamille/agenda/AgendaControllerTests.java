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
        // Léa is too young: the page says for which ages the activity is, and offers nothing to book (issue 10)
        assertThat(young.select("td.day-AGE").text()).contains("Hors tranche d'âge");
        assertThat(young.select("td.day-NOT_ENROLLED")).isEmpty();
        assertThat(young.select("#agenda-age").text())
                .matches(".+ est réservé aux enfants de \\d+ à \\d+ ans : Léa ne peut pas y réserver de jour ce mois-ci\\.");
        assertThat(young.select("#agenda-aide, #bouton-demander, #bouton-annuler, .legend, .day-check")).isEmpty();
        assertThat(doc.select("#agenda-age")).isEmpty();
        assertThat(doc.select("#agenda-aide, #bouton-demander")).hasSize(2);
        // « Réserver plusieurs jours »: offered to Hugo, with his Croc'Vacances periods; not to Léa
        assertThat(doc.select("a#plusieurs-jours")).hasSize(1);
        assertThat(young.select("a#plusieurs-jours")).isEmpty();
        var series = Jsoup.parse(mvc.get().uri(doc.select("a#plusieurs-jours").attr("href"))
                .with(logins.as("demo.famille")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(series.select("#periode option").eachText()).anyMatch(t -> t.startsWith("Vacances de Noël"));
    }

    /** Issue 10: the agenda opens on the first month with days to book, not on an empty current month. */
    @Test
    void theAgendaOpensOnTheFirstMonthWithBookableDays() throws Exception {
        long id = activities.create(new fr.portailfamille.activities.ActivitySettings("Plus tard",
                fr.portailfamille.activities.ActivityKind.ACCUEIL_LOISIRS, 4, 13, 10,
                fr.portailfamille.activities.BookingDeadline.calendarDays(2, java.time.LocalTime.NOON),
                fr.portailfamille.activities.BookingDeadline.calendarDays(2, java.time.LocalTime.NOON), true, true));
        var later = YearMonth.from(clock.today()).plusMonths(2);
        long period = activities.addPeriod(id, "Dans deux mois", later.atDay(1), later.atEndOfMonth(),
                java.util.EnumSet.allOf(java.time.DayOfWeek.class));
        var family = fixtures.family("PlusTard", clock.today().minusYears(8));
        enrolments.enrolDirectly(family.householdId(), family.childId(), id, period);

        var page = Jsoup.parse(mvc.get().uri("/enfants/" + family.childId() + "/agenda?activite=" + id)
                .with(logins.as(family.login())).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String expected = later.atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                java.util.Locale.FRANCE));
        assertThat(page.select("h2#titre-mois").text().toLowerCase(java.util.Locale.FRANCE)).startsWith(expected);
        assertThat(page.select("td.day-OPEN")).isNotEmpty();
        // a month asked for is shown as asked
        var now = Jsoup.parse(mvc.get().uri("/enfants/" + family.childId() + "/agenda?activite=" + id + "&mois="
                        + YearMonth.from(clock.today())).with(logins.as(family.login())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(now.select("td.day-OPEN")).isEmpty();
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
