package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class AbsencesTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestClock clock;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Absences absences;
    @Autowired Requests requests;
    @Autowired ReservationStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void beforeTheCancellationDeadlineAnAbsenceFreesTheDaysAndTheWaitingListMovesUp() {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Absence libre", 1, false);
        var sick = support.enrolledFamily("Malade", setup);
        var next = support.enrolledFamily("Suivante", setup);
        LocalDate day = support.bookableDay(18);
        reservations.ask(sick.householdId(), sick.childId(), setup.activityId(), List.of(day));
        reservations.ask(next.householdId(), next.childId(), setup.activityId(), List.of(day));

        var declared = absences.declare(sick.householdId(), sick.childId(), day.minusDays(1), day.plusDays(1),
                AbsenceReason.ILLNESS, null, null);
        assertThat(declared.freedDays()).isEqualTo(1);
        assertThat(declared.lateDays()).isZero();
        assertThat(state(next, setup.activityId(), day)).isEqualTo(DayState.RESERVED);
        assertThat(store.taken(setup.activityId(), day)).isEqualTo(1);
        assertThat(requests.ofHousehold(sick.householdId(), RequestStatus.PENDING)).isEmpty();
    }

    @Test
    void afterTheDeadlineTheDayStaysBillableUnlessAnAgentAcceptsTheJustification() {
        long activity = activities.create(new ActivitySettings("Absence tardive", ActivityKind.ACCUEIL_LOISIRS, 4, 13,
                5, BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(40, LocalTime.NOON),
                true, false));
        long period = activities.addPeriod(activity, "Test", clock.today(), clock.today().plusDays(30),
                EnumSet.allOf(DayOfWeek.class));
        var family = fixtures.family("Tardive", clock.today().minusYears(9));
        enrolments.enrolDirectly(family.householdId(), family.childId(), activity, period);
        LocalDate day = new AgendaTestSupport(activities, enrolments, fixtures).bookableDay(10);
        reservations.ask(family.householdId(), family.childId(), activity, List.of(day));

        var declared = absences.declare(family.householdId(), family.childId(), day, day, AbsenceReason.ILLNESS,
                "Varicelle", null);
        assertThat(declared.lateDays()).isEqualTo(1);
        assertThat(state(family, activity, day)).isEqualTo(DayState.ABSENT);
        assertThat(store.taken(activity, day)).as("the place stays taken").isEqualTo(1);
        assertThat(billable(declared.absenceId())).isTrue();

        var request = requests.ofHousehold(family.householdId(), RequestStatus.PENDING).get(0);
        assertThat(request.kind()).isEqualTo("agenda.absence");
        requests.accept(request.id(), "demo.agent", null);
        assertThat(billable(declared.absenceId())).isFalse();
    }

    @Test
    void familyDeclaresWithACertificateAndOnlyItCanDownloadIt() throws Exception {
        var family = fixtures.family("Certificat");
        var other = fixtures.family("Curieuse");
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var post = mvc.post().uri("/enfants/" + family.childId() + "/absence").with(logins.as(family.login()))
                .with(csrf()).multipart()
                .file(new MockMultipartFile("certificat", "certificat médical.png", "image/png", png.toByteArray()))
                .param("firstDay", clock.today().plusDays(3).toString()).param("reason", "ILLNESS").exchange();
        assertThat(post).hasStatus3xxRedirection();
        var absence = absences.ofChild(family.householdId(), family.childId()).get(0);
        assertThat(absence.hasCertificate()).isTrue();
        String url = "/enfants/" + family.childId() + "/absences/" + absence.id() + "/certificat";

        var download = mvc.get().uri(url).with(logins.as(family.login())).exchange();
        assertThat(download).hasStatusOk().hasContentType("image/jpeg");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        assertThat(mvc.get().uri(url).with(logins.as(other.login()))).hasStatus(404);
        assertThat(mvc.get().uri("/enfants/" + other.childId() + "/absences/" + absence.id() + "/certificat")
                .with(logins.as(other.login()))).hasStatus(404);
        assertThat(mvc.get().uri("/enfants/" + family.childId() + "/absence").with(logins.as(other.login())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/gestion/absences/" + absence.id() + "/certificat").with(logins.as("demo.agent")))
                .hasStatusOk();
    }

    @Test
    void invalidDeclarationsKeepTheValuesAndChangeNothing() throws Exception {
        var family = fixtures.family("Invalide");
        var result = mvc.post().uri("/enfants/" + family.childId() + "/absence").with(logins.as(family.login()))
                .with(csrf()).multipart()
                .file(new MockMultipartFile("certificat", "virus.exe", "application/pdf", "MZ not a pdf".getBytes()))
                .param("firstDay", clock.today().plusDays(5).toString())
                .param("lastDay", clock.today().plusDays(2).toString()).exchange();
        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Le dernier jour doit suivre le premier.").contains("Choisissez le motif.")
                .contains("Seuls les fichiers PDF, JPEG ou PNG sont acceptés.");
        assertThat(absences.ofChild(family.householdId(), family.childId())).isEmpty();
    }

    private boolean billable(long absenceId) {
        return jdbc.sql("SELECT billable FROM reservation WHERE absence_id = :a").param("a", absenceId)
                .query(Boolean.class).single();
    }

    private DayState state(Fixtures.TestFamily f, long activityId, LocalDate day) {
        return reservations.month(f.householdId(), f.childId(), activityId, YearMonth.from(day)).weeks().stream()
                .flatMap(List::stream).filter(c -> c.day().equals(day)).findFirst().orElseThrow().state();
    }
}
