package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.documents.ConsentAnswer;
import fr.portailfamille.documents.ConsentCategory;
import fr.portailfamille.documents.ConsentTypeSettings;
import fr.portailfamille.documents.Consents;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The attendance list shows what the staff must know of each child, from the validated record, and is audited. */
@PortalTest
class AttendanceCareTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired AuditTrail audit;
    @Autowired Consents consents;

    @Test
    void attendanceShowsPaiAllergiesAndPickUpPersonsAndRecordsTheAgentsViewing() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Présences santé", 5, false);
        var cared = support.enrolledFamily("Soins", setup);
        fixtures.completeChildRecord(cared,
                Map.of("foodAllergies", "Arachide", "allergyActions", "Trousse PAI dans le sac", "pai", "true",
                        "diet", "NO_PORK"),
                Map.of("leaveAlone", "false", "pickup1Name", "Jeanne Grandmère", "pickup1Relationship",
                        "Grand-mère", "pickup1Phone", "06 11 22 33 44"));
        var unknown = support.enrolledFamily("Inconnu", setup);
        LocalDate day = support.bookableDay(18);
        for (var f : List.of(cared, unknown)) {
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        }

        var html = mvc.get().uri("/gestion/activites/" + setup.activityId() + "/jours/" + day + "/presences")
                .with(logins.as("demo.agent")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = Jsoup.parse(html).select(".attendance-table tbody tr");
        assertThat(rows).hasSize(2);
        Element soins = rows.stream().filter(r -> r.text().contains("Famille Soins")).findFirst().orElseThrow();
        assertThat(soins.select(".care-health").text()).contains("PAI").contains("Allergies : oui — Arachide")
                .contains("Régime : Sans porc");
        assertThat(soins.select(".care-pickup li").text()).isEqualTo("Jeanne Grandmère (Grand-mère) — 06 11 22 33 44");
        Element inconnu = rows.stream().filter(r -> r.text().contains("Famille Inconnu")).findFirst().orElseThrow();
        assertThat(inconnu.select(".care-health").text()).isEqualTo("Données sanitaires non validées");
        assertThat(inconnu.select(".care-pickup").text()).isEqualTo("Sortie de l'accueil non validée");
        assertThat(inconnu.text()).doesNotContain("PAI");

        var viewed = audit.recent(cared.householdId(), "HEALTH_RECORD_VIEWED", 5);
        assertThat(viewed).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("demo.agent");
            assertThat(e.subject()).contains("#" + cared.childId()).contains("liste de présence Présences santé")
                    .doesNotContain("Arachide");
        });
        assertThat(audit.recent(unknown.householdId(), "HEALTH_RECORD_VIEWED", 5)).hasSize(1);
    }

    /**
     * Outings, transport and emergency care come from the consents (the old « Autorisations » fields are gone): a
     * child without the consent is flagged with its name, on the attendance list and at check-in; a child who has
     * it is not. Consent types are the town's, shared by every test: only this test's names are looked at.
     */
    @Test
    void attendanceAndCheckInFlagTheOutingsAndCareNotConsentedTo() throws Exception {
        String tag = " " + System.nanoTime() % 100_000;
        long outing = consents.createType(new ConsentTypeSettings("Sortie piscine" + tag, ConsentCategory.OUTING,
                null, java.util.Set.of()));
        long care = consents.createType(new ConsentTypeSettings("Soins urgents" + tag,
                ConsentCategory.EMERGENCY_CARE, null, java.util.Set.of()));
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Présences autorisations", 5, false);
        var allowed = support.enrolledFamily("Autorisee", setup);
        var partly = support.enrolledFamily("Partielle", setup);
        consents.answer(allowed.householdId(), allowed.childId(), outing, ConsentAnswer.GIVEN, "Parent");
        consents.answer(allowed.householdId(), allowed.childId(), care, ConsentAnswer.GIVEN, "Parent");
        consents.answer(partly.householdId(), partly.childId(), care, ConsentAnswer.GIVEN, "Parent");
        consents.answer(partly.householdId(), partly.childId(), outing, ConsentAnswer.GIVEN, "Parent");
        consents.answer(partly.householdId(), partly.childId(), outing, ConsentAnswer.WITHDRAWN, "Parent");
        LocalDate day = support.bookableDay(18);
        for (var f : List.of(allowed, partly)) {
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        }

        var html = mvc.get().uri("/gestion/activites/" + setup.activityId() + "/jours/" + day + "/presences")
                .with(logins.as("demo.agent")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = Jsoup.parse(html).select(".attendance-table tbody tr");
        Element yes = rows.stream().filter(r -> r.text().contains("Famille Autorisee")).findFirst().orElseThrow();
        Element no = rows.stream().filter(r -> r.text().contains("Famille Partielle")).findFirst().orElseThrow();
        assertThat(yes.select(".care-consents-flag").text()).doesNotContain("Sortie piscine" + tag)
                .doesNotContain("Soins urgents" + tag);
        assertThat(no.select(".care-consents-flag").text()).startsWith("Sans autorisation ")
                .contains("Sortie piscine" + tag).doesNotContain("Soins urgents" + tag);

        var checkIn = mvc.get().uri("/gestion/pointage?activite=" + setup.activityId() + "&jour=" + day)
                .with(logins.as("demo.agent")).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var cards = Jsoup.parse(checkIn).select(".checkin-card");
        assertThat(cards.stream().filter(c -> c.text().contains("Partielle")).findFirst().orElseThrow()
                .select(".care-consents-flag").text()).contains("Sortie piscine" + tag);
        assertThat(cards.stream().filter(c -> c.text().contains("Autorisee")).findFirst().orElseThrow()
                .select(".care-consents-flag").text()).doesNotContain("Sortie piscine" + tag);
    }
}
