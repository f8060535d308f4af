package fr.portailfamille.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class EnrolmentControllerTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestClock clock;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Requests requests;

    @Test
    void familyAsksAnEnrolmentWhichBecomesActiveOnceAccepted() throws Exception {
        var family = fixtures.family("Inscrite", clock.today().minusYears(7));
        fixtures.completeChildRecord(family, Fixtures.noHealthConcern(), Fixtures.guardiansOnly());
        long activity = activities.create(new ActivitySettings("Stage cirque", ActivityKind.ACCUEIL_LOISIRS, 6, 9, 10,
                BookingDeadline.calendarDays(1, LocalTime.NOON), BookingDeadline.calendarDays(1, LocalTime.NOON),
                true, true));
        long period = activities.addPeriod(activity, "Semaine cirque", clock.today().plusDays(20),
                clock.today().plusDays(24), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        var page = mvc.get().uri("/enfants/" + family.childId() + "/inscriptions/nouvelle").with(logins.as(family.login()))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Stage cirque");

        assertThat(mvc.post().uri("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .with(logins.as(family.login())).with(csrf()).param("activite", "" + activity)
                .param("periode", "" + period)).hasStatus3xxRedirection();
        var enrolment = enrolments.ofChild(family.householdId(), family.childId()).get(0);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.PENDING);
        assertThat(enrolments.activePeriods(family.childId(), activity)).isEmpty();

        var request = requests.ofHousehold(family.householdId(), RequestStatus.PENDING).get(0);
        assertThat(request.kind()).isEqualTo("enrolment.activity");
        requests.accept(request.id(), "demo.agent", null);
        assertThat(enrolments.activePeriods(family.childId(), activity)).containsExactly(period);

        // asked twice: refused on the server with the reason
        var again = mvc.post().uri("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .with(logins.as(family.login())).with(csrf()).param("activite", "" + activity)
                .param("periode", "" + period).exchange();
        assertThat(again).hasStatusOk();
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Déjà inscrit");
    }

    @Test
    void anIncompleteRecordIsRefusedWithItsReasonUntilTheMandatorySectionsAreAccepted() throws Exception {
        var family = fixtures.family("Dossier", clock.today().minusYears(8));
        long activity = activities.create(new ActivitySettings("Stage nature", ActivityKind.ACCUEIL_LOISIRS, 6, 11, 10,
                BookingDeadline.calendarDays(1, LocalTime.NOON), BookingDeadline.calendarDays(1, LocalTime.NOON),
                true, true));
        long period = activities.addPeriod(activity, "Semaine nature", clock.today().plusDays(20),
                clock.today().plusDays(24), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        String url = "/enfants/" + family.childId() + "/inscriptions/nouvelle";

        var page = Jsoup.parse(mvc.get().uri(url).with(logins.as(family.login())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#titre-impossibles + ul li:contains(Stage nature)").text())
                .contains("Dossier incomplet");
        assertThat(page.select("#dossier-incomplet").text()).contains("incomplet");
        assertThat(page.select("a[href='/enfants/" + family.childId() + "/donnees-sanitaires']")).hasSize(1);

        var refused = mvc.post().uri(url).with(logins.as(family.login())).with(csrf())
                .param("activite", "" + activity).param("periode", "" + period).exchange();
        assertThat(refused).hasStatusOk();
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("[role=alert]").text()).contains("Dossier incomplet");
        assertThat(enrolments.ofChild(family.householdId(), family.childId())).isEmpty();

        // the health record asked but not yet accepted still counts as missing
        fixtures.acceptChildSection(family, "family.child-complementary", Map.of("insurer", "MAIF", "policyNumber", "1"));
        fixtures.acceptChildSection(family, "family.child-authorisations", Fixtures.guardiansOnly());
        requests.submit(new NewRequest(family.householdId(), "family.child-health", family.childId(), "santé",
                new LinkedHashMap<>(Fixtures.noHealthConcern()), Map.of()));
        assertThat(mvc.post().uri(url).with(logins.as(family.login())).with(csrf())
                .param("activite", "" + activity).param("periode", "" + period).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Dossier incomplet");
        assertThat(enrolments.ofChild(family.householdId(), family.childId())).isEmpty();

        long health = requests.pending(family.householdId(), "family.child-health", family.childId()).orElseThrow().id();
        requests.accept(health, "demo.agent", null);
        assertThat(mvc.post().uri(url).with(logins.as(family.login())).with(csrf())
                .param("activite", "" + activity).param("periode", "" + period)).hasStatus3xxRedirection();
        assertThat(enrolments.ofChild(family.householdId(), family.childId())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.PENDING));
        assertThat(Jsoup.parse(mvc.get().uri(url).with(logins.as(family.login())).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("#dossier-incomplet")).isEmpty();
    }

    @Test
    void aTooYoungChildSeesWhyCrocVacancesIsClosedToHer() throws Exception {
        var family = fixtures.family("Petite", clock.today().minusYears(2));
        var html = mvc.get().uri("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .with(logins.as(family.login())).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var doc = Jsoup.parse(html);
        assertThat(doc.select("#titre-impossibles + ul li").text()).contains("Croc'Vacances")
                .contains("Âge : réservé aux enfants de 4 à 13 ans");
        var croc = activities.all().stream().filter(a -> a.name().equals("Croc'Vacances")).findFirst().orElseThrow();
        var refused = mvc.post().uri("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .with(logins.as(family.login())).with(csrf()).param("activite", "" + croc.id())
                .param("periode", "" + croc.periods().get(0).id()).exchange();
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Âge");
        assertThat(enrolments.ofChild(family.householdId(), family.childId())).isEmpty();
    }

    @Test
    void schoolEnrolmentOutsideTheSectorNeedsAReason() throws Exception {
        var family = fixtures.family("Scolaire", clock.today().minusYears(5));
        String year = enrolments.schoolYears().get(1);
        var invalid = mvc.post().uri("/enfants/" + family.childId() + "/inscription-scolaire")
                .with(logins.as(family.login())).with(csrf()).param("schoolYear", year).param("level", "CP")
                .param("school", "Groupe scolaire Louise-Michel").param("outsideSector", "true").param("reason", " ")
                .exchange();
        assertThat(invalid).hasStatusOk();
        var doc = Jsoup.parse(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.select("#reason-erreur").text()).contains("motif");
        assertThat(doc.select("#level option[selected]").val()).isEqualTo("CP");
        assertThat(requests.ofHousehold(family.householdId(), RequestStatus.PENDING)).isEmpty();

        assertThat(mvc.post().uri("/enfants/" + family.childId() + "/inscription-scolaire")
                .with(logins.as(family.login())).with(csrf()).param("schoolYear", year).param("level", "CP")
                .param("school", "Groupe scolaire Louise-Michel").param("outsideSector", "true")
                .param("reason", "Garde par les grands-parents")).hasStatus3xxRedirection();
        var request = requests.ofHousehold(family.householdId(), RequestStatus.PENDING).get(0);
        assertThat(request.kind()).isEqualTo("enrolment.school");
        assertThat(request.proposed()).containsEntry("outside-sector-reason", "Garde par les grands-parents");
    }

    @Test
    void anotherFamilysChildIsNotFoundOnEveryEnrolmentPage() {
        var mine = fixtures.family("Moi");
        var other = fixtures.family("Autre");
        for (String path : new String[] {"/inscriptions", "/inscriptions/nouvelle", "/inscription-scolaire"}) {
            assertThat(mvc.get().uri("/enfants/" + other.childId() + path).with(logins.as(mine.login())))
                    .hasStatus(404);
        }
        assertThat(mvc.post().uri("/enfants/" + other.childId() + "/inscription-scolaire")
                .with(logins.as(mine.login())).with(csrf()).param("schoolYear", "x")).hasStatus(404);
    }
}
