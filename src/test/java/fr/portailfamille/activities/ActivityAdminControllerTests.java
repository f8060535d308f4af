package fr.portailfamille.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
class ActivityAdminControllerTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Activities activities;

    @Test
    void agentCreatesAnActivityThenAddsAPeriodAndAClosingDay() {
        var created = mvc.post().uri("/gestion/activites/nouvelle").with(logins.as("demo.agent")).with(csrf())
                .param("name", "Stage théâtre").param("kind", "ACCUEIL_LOISIRS").param("minAge", "6")
                .param("maxAge", "10").param("dailyCapacity", "8").param("bookingDeadline", "J-3 ouvrés à 18:00")
                .param("cancellationDeadline", "J-1 à 09:00").param("dailyReservations", "true").exchange();
        assertThat(created).hasStatus3xxRedirection();
        long id = Long.parseLong(created.getMvcResult().getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        var a = activities.get(id);
        assertThat(a.bookingDeadline()).isEqualTo(BookingDeadline.parse("J-3 ouvrés à 18:00"));
        assertThat(a.cancellationDeadline().label()).isEqualTo("J-1 à 09:00");
        assertThat(a.dailyReservations()).isTrue();
        assertThat(a.validationRequired()).isFalse();

        assertThat(mvc.post().uri("/gestion/activites/" + id + "/periodes").with(logins.as("demo.agent")).with(csrf())
                .param("label", "Toussaint").param("start", "2027-10-25").param("end", "2027-10-29")
                .param("weekdays", "MONDAY", "WEDNESDAY")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/gestion/activites/" + id + "/fermetures").with(logins.as("demo.agent")).with(csrf())
                .param("jour", "2027-10-27")).hasStatus3xxRedirection();
        a = activities.get(id);
        assertThat(a.periods()).singleElement().satisfies(p -> {
            assertThat(p.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        });
        assertThat(a.isOpen(LocalDate.of(2027, 10, 25))).isTrue();
        assertThat(a.isOpen(LocalDate.of(2027, 10, 26))).isFalse();
        assertThat(a.isOpen(LocalDate.of(2027, 10, 27))).isFalse();
    }

    @Test
    void invalidFormShowsFrenchMessagesNextToTheFieldsAndKeepsTheTypedValues() throws Exception {
        int before = activities.all().size();
        var result = mvc.post().uri("/gestion/activites/nouvelle").with(logins.as("demo.agent")).with(csrf())
                .param("name", "Stage poterie").param("kind", "MERCREDI").param("minAge", "12")
                .param("maxAge", "8").param("dailyCapacity", "douze").param("bookingDeadline", "demain midi")
                .param("cancellationDeadline", "J-1 à 09:00").exchange();
        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#maxAge-erreur").text()).contains("supérieur ou égal");
        assertThat(page.select("#dailyCapacity-erreur").text()).contains("entier");
        assertThat(page.select("#bookingDeadline-erreur").text()).contains("illisible");
        assertThat(page.select("#name").val()).isEqualTo("Stage poterie");
        assertThat(page.select("#bookingDeadline").val()).isEqualTo("demain midi");
        assertThat(activities.all()).hasSize(before);
    }

    @Test
    void familiesCannotReachTheActivitiesBackOffice() {
        assertThat(mvc.get().uri("/gestion/activites").with(logins.as("demo.famille"))).hasStatus(403);
    }

    @Test
    void demoHasCrocVacancesForFourToThirteenWithValidation() {
        var croc = activities.all().stream().filter(a -> a.name().equals("Croc'Vacances")).findFirst().orElseThrow();
        assertThat(croc.minAge()).isEqualTo(4);
        assertThat(croc.maxAge()).isEqualTo(13);
        assertThat(croc.validationRequired()).isTrue();
        assertThat(croc.dailyReservations()).isTrue();
        assertThat(mvc.get().uri("/gestion/activites/" + croc.id()).with(logins.as("demo.agent")))
                .hasStatusOk().bodyText().contains("Vacances de Noël");
    }
}
