package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.activities.FrenchPublicHolidays;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Fixtures.TestFamily;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Messaging wired to enrolment and agenda: agents write to the families enrolled in an activity; families hear of a
 * promotion from the waiting list and of the decision on their reservation requests (once each).
 */
@PortalTest
class ActivityNoticesTests {

    @Autowired fr.portailfamille.jobs.Jobs jobs;

    @Autowired MockMvcTester mvc;
    @Autowired TestClock clock;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Requests requests;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;

    record Notice(String subject, String body) {
    }

    private long activity(String name, int capacity, boolean validation) {
        return activities.create(new ActivitySettings(name, ActivityKind.ACCUEIL_LOISIRS, 4, 13, capacity,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                true, validation));
    }

    private long currentPeriod(long activityId) {
        return activities.addPeriod(activityId, "En cours", clock.today().minusDays(5), clock.today().plusDays(60),
                EnumSet.allOf(DayOfWeek.class));
    }

    private TestFamily enrolled(String name, long activityId, long periodId) {
        var family = fixtures.family(name);
        enrolments.enrolDirectly(family.householdId(), family.childId(), activityId, periodId);
        return family;
    }

    private List<Notice> notices(long householdId) {
        return jdbc.sql("""
                SELECT c.subject, m.body FROM conversation c JOIN inbox_message m ON m.conversation_id = c.id
                 WHERE c.household_id = :h ORDER BY m.id""").param("h", householdId).query(Notice.class).list();
    }

    private LocalDate bookableDay(int offset) {
        var day = clock.today().plusDays(offset);
        var holidays = new FrenchPublicHolidays();
        while (holidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void agentsWriteToTheFamiliesEnrolledInAnActivityOneMessagePerFamily() throws Exception {
        long stage = activity("Stage poterie", 10, false);
        long period = currentPeriod(stage);
        long past = activities.addPeriod(stage, "Passée", clock.today().minusDays(60), clock.today().minusDays(30),
                EnumSet.allOf(DayOfWeek.class));
        long other = activity("Stage voile", 10, false);
        long otherPeriod = currentPeriod(other);
        var siblings = enrolled("Poterie", stage, period);
        long second = households.addChild(siblings.householdId(), "Cadet", "Poterie", clock.today().minusYears(6),
                "M", null, null);
        enrolments.enrolDirectly(siblings.householdId(), second, stage, period);
        var single = enrolled("Argile", stage, period);
        var sailor = enrolled("Voilier", other, otherPeriod);
        var former = enrolled("Ancienne", stage, past);

        var form = Jsoup.parse(mvc.get().uri("/gestion/messages/nouveau").with(logins.as("demo.agent")).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#activityId option[value=" + stage + "]").text()).isEqualTo("Stage poterie — 2 familles");
        assertThat(form.select("label[for=activityId]").text()).isNotBlank();

        // all the families of an activity: a background job (issue 16), whose page says how many got it
        var sent = mvc.post().multipart().uri("/gestion/messages/nouveau").with(logins.as("demo.agent")).with(csrf())
                .param("activityId", "" + stage).param("subject", "Atelier déplacé")
                .param("body", "L'atelier de jeudi a lieu salle B.").exchange();
        assertThat(sent).hasStatus3xxRedirection();
        String job = sent.getResponse().getRedirectedUrl();
        assertThat(job).matches("/gestion/travaux/\\d+");
        var done = jobs.awaitEnd(Long.parseLong(job.substring(job.lastIndexOf('/') + 1)), Duration.ofMinutes(1));
        assertThat(done.state()).isEqualTo(fr.portailfamille.jobs.JobState.DONE);
        assertThat(done.done()).isEqualTo(2).isEqualTo(done.total());

        assertThat(notices(siblings.householdId())).extracting(Notice::subject).containsExactly("Atelier déplacé");
        assertThat(notices(single.householdId())).extracting(Notice::subject).containsExactly("Atelier déplacé");
        assertThat(notices(sailor.householdId())).isEmpty();
        assertThat(notices(former.householdId())).isEmpty();
    }

    @Test
    void aChildPromotedFromTheWaitingListIsToldInTheFamilysInbox() {
        long activity = activity("Promotion directe", 1, false);
        long period = currentPeriod(activity);
        var first = enrolled("Premiere", activity, period);
        var next = enrolled("Suivante", activity, period);
        LocalDate day = bookableDay(20);
        reservations.ask(first.householdId(), first.childId(), activity, List.of(day));
        reservations.ask(next.householdId(), next.childId(), activity, List.of(day));

        reservations.cancel(first.householdId(), first.childId(), activity, List.of(day));

        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadForFamily(next.householdId()) == 1);
        String child = households.child(next.householdId(), next.childId()).fullName();
        assertThat(notices(next.householdId())).singleElement().satisfies(n -> {
            assertThat(n.subject()).startsWith("Place libérée : " + child);
            assertThat(n.body()).contains("quitte la liste d'attente de Promotion directe")
                    .contains("est effective");
        });
        assertThat(notices(first.householdId())).isEmpty();
    }

    @Test
    void reservationDecisionsAndAPromotionAwaitingValidationGiveOneMessageEach() {
        long activity = activity("Promotion validée", 1, true);
        long period = currentPeriod(activity);
        var refused = enrolled("Refusee", activity, period);
        var waiting = enrolled("Attente", activity, period);
        LocalDate day = bookableDay(21);
        reservations.ask(refused.householdId(), refused.childId(), activity, List.of(day));
        reservations.ask(waiting.householdId(), waiting.childId(), activity, List.of(day));

        long first = requests.ofHousehold(refused.householdId(), RequestStatus.PENDING).get(0).id();
        requests.refuse(first, "demo.agent", "Priorité aux résidents");
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadForFamily(waiting.householdId()) == 1
                && inbox.unreadForFamily(refused.householdId()) == 1);
        assertThat(notices(refused.householdId())).singleElement().satisfies(n -> assertThat(n.body())
                .contains("a été refusée").contains("le jour n'est pas réservé")
                .contains("Motif du refus : Priorité aux résidents"));
        assertThat(notices(waiting.householdId())).singleElement().satisfies(n -> assertThat(n.body())
                .contains("attend la validation du Service Jeunesse"));

        long promoted = requests.ofHousehold(waiting.householdId(), RequestStatus.PENDING).get(0).id();
        requests.accept(promoted, "demo.agent", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unreadForFamily(waiting.householdId()) == 2);
        assertThat(notices(waiting.householdId())).hasSize(2).last().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("Demande acceptée : Réservation journalière");
            assertThat(n.body()).contains("intégrée dans l'agenda de votre enfant et devient effective");
        });
        assertThat(notices(refused.householdId())).hasSize(1);
    }
}
