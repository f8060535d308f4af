package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class AgentDaysControllerTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Requests requests;
    @Autowired ReservationStore store;

    @Test
    void agentValidatesInBulkRefusesOneAndTheWaitingListMovesUp() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Guichet", 2, true);
        var a = support.enrolledFamily("Alpha", setup);
        var b = support.enrolledFamily("Bravo", setup);
        var c = support.enrolledFamily("Charlie", setup);
        LocalDate day = support.bookableDay(16);
        for (var f : List.of(a, b, c)) {
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        }
        long ra = requests.ofHousehold(a.householdId(), RequestStatus.PENDING).get(0).id();
        long rb = requests.ofHousehold(b.householdId(), RequestStatus.PENDING).get(0).id();
        String base = "/gestion/activites/" + setup.activityId() + "/jours/" + day;

        var page = Jsoup.parse(mvc.get().uri(base).with(logins.as("demo.agent")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("input[name=demandes]")).hasSize(2);
        assertThat(page.text()).contains("Liste d'attente, rang 1");

        // refusing without a reason changes nothing
        mvc.post().uri(base + "/decisions").with(logins.as("demo.agent")).with(csrf())
                .param("decision", "refuser:" + rb).exchange();
        assertThat(requests.get(rb).status()).isEqualTo(RequestStatus.PENDING);

        assertThat(mvc.post().uri(base + "/decisions").with(logins.as("demo.agent")).with(csrf())
                .param("decision", "refuser:" + rb).param("motif", "Priorité aux résidents")).hasStatus3xxRedirection();
        assertThat(requests.get(rb).status()).isEqualTo(RequestStatus.REFUSED);
        long rc = requests.ofHousehold(c.householdId(), RequestStatus.PENDING).get(0).id(); // promoted

        assertThat(mvc.post().uri(base + "/decisions").with(logins.as("demo.agent")).with(csrf())
                .param("demandes", "" + ra, "" + rc).param("decision", "valider")).hasStatus3xxRedirection();
        assertThat(requests.get(ra).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(requests.get(rc).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(2);

        var attendance = Jsoup.parse(mvc.get().uri(base + "/presences").with(logins.as("demo.agent")).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(attendance.select(".attendance-table tbody tr")).hasSize(2);
        assertThat(attendance.text()).contains("Alpha").contains("Charlie").doesNotContain("Bravo");
    }

    @Test
    void aRequestOfAnotherDayCannotBeDecidedFromThisPage() {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Autre jour", 2, true);
        var a = support.enrolledFamily("Delta", setup);
        LocalDate day = support.bookableDay(17);
        reservations.ask(a.householdId(), a.childId(), setup.activityId(), List.of(day));
        long ra = requests.ofHousehold(a.householdId(), RequestStatus.PENDING).get(0).id();
        mvc.post().uri("/gestion/activites/" + setup.activityId() + "/jours/" + day.plusDays(1) + "/decisions")
                .with(logins.as("demo.agent")).with(csrf()).param("demandes", "" + ra).param("decision", "valider")
                .exchange();
        assertThat(requests.get(ra).status()).isEqualTo(RequestStatus.PENDING);
    }

    @Test
    void familiesCannotReachTheDaysBackOffice() {
        assertThat(mvc.get().uri("/gestion/activites/1/jours").with(logins.as("demo.famille"))).hasStatus(403);
    }
}
