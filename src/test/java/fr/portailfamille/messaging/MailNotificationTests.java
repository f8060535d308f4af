package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.portailfamille.family.Households;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Fixtures.TestFamily;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail notices over real SMTP (GreenMail on a fixed free port). This class has its own application
 * context (the one with spring.mail.host set); keep every SMTP test in it.
 */
@PortalTest
class MailNotificationTests {

    static final int PORT = freePort();
    static final String SECRET = "Certificat médical : allergie aux arachides";
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("portail.base-url", () -> "https://portail.example.fr");
        registry.add("portail.mail.from", () -> "portail@example.fr");
        // the test drives the retry itself
        registry.add("portail.outbox.retry-interval", () -> "PT1H");
        registry.add("portail.outbox.min-age", () -> "PT0S");
    }

    @Autowired Inbox inbox;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxRetry retry;
    @Autowired FamilyInbox familyInbox;
    @Autowired Households households;

    @BeforeEach
    void smtpUp() {
        if (smtp == null || !smtp.isRunning()) {
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    @AfterAll
    static void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMessageForTheFamilyIsAnnouncedByMailWithALinkAndNothingOfItsContent() throws Exception {
        TestFamily family = fixtures.family("Courriel");
        inbox.postSystemMessage(family.householdId(), "Dossier de Léa", SECRET);

        MimeMessage mail = awaitMailTo(recipient(family));
        String text = (String) mail.getContent();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(recipient(family));
        assertThat(mail.getFrom()[0].toString()).isEqualTo("portail@example.fr");
        assertThat(mail.getSubject()).contains("Nouveau message").doesNotContain("Léa");
        assertThat(text).contains("https://portail.example.fr/messages", "https://portail.example.fr/compte")
                .doesNotContain("allergie", "Léa", "Dossier", "Courriel", "06 00");
    }

    @Test
    void aFamilyThatTurnedNoticesOffGetsNoMailButStillTheMessage() throws Exception {
        TestFamily quiet = fixtures.family("Silence");
        TestFamily loud = fixtures.family("Bruit");
        familyInbox.setEmailNotifications(quiet.householdId(), false);
        inbox.postSystemMessage(quiet.householdId(), "Info", "Texte");
        inbox.postSystemMessage(loud.householdId(), "Info", "Texte");

        awaitMailTo(recipient(loud)); // sent after the quiet family's notice was processed
        await().atMost(Duration.ofSeconds(5)).until(() -> incomplete(quiet.householdId()) == 0);
        assertThat(mailsTo(recipient(quiet))).isZero();
        assertThat(inbox.unreadForFamily(quiet.householdId())).isEqualTo(1);
    }

    @Test
    void aPasswordChangeSendsASecurityNoticeEvenWithNoticesOff() throws Exception {
        TestFamily family = fixtures.family("Motdepasse");
        familyInbox.setEmailNotifications(family.householdId(), false);
        var result = mvc.perform(post("/mot-de-passe").param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "Trois chevaux bleus dans la prairie")
                .param("confirmation", "Trois chevaux bleus dans la prairie")
                .with(logins.as(family.login())).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);

        MimeMessage mail = awaitMailTo(recipient(family));
        String text = (String) mail.getContent();
        assertThat(mail.getSubject()).contains("mot de passe a été modifié");
        assertThat(text).contains("https://portail.example.fr/mot-de-passe", "contactez sans attendre")
                .doesNotContain("Trois chevaux", family.login());
    }

    @Test
    void whenTheSmtpServerIsDownTheMessageIsStoredAndTheNoticeIsSentOnceItIsBack() throws Exception {
        TestFamily family = fixtures.family("Panne");
        smtp.stop();

        inbox.postSystemMessage(family.householdId(), "Pendant la panne", "Texte");

        // the in-app message is there at once; the notice's publication stays incomplete after the failure
        assertThat(inbox.unreadForFamily(family.householdId())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> failed(family.householdId()) == 1);
        assertThat(incomplete(family.householdId())).isEqualTo(1);

        smtpUp();
        retry.retry();

        MimeMessage mail = awaitMailTo(recipient(family));
        assertThat(mail.getSubject()).contains("Nouveau message");
        await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(family.householdId()) == 0);
        assertThat(mailsTo(recipient(family))).isEqualTo(1);
    }

    @Autowired fr.portailfamille.reminders.Reminders reminders;
    @Autowired fr.portailfamille.activities.Activities activities;
    @Autowired fr.portailfamille.enrolment.Enrolments enrolments;

    /**
     * A holiday booking-deadline reminder (module reminders) goes out through this outbox, once, and a copy of it
     * lands in the family's inbox, once, without a second mail announcing that copy.
     */
    @Test
    void aBookingDeadlineReminderIsMailedOnceWithTheLinksAndCopiedToTheInbox() throws Exception {
        TestFamily family = fixtures.family("Rappel");
        enrolInHolidaysClosingSoon(family, "Vacances Courriel", "Vacances de la Courriel");

        reminders.sendDue();
        reminders.sendDue();

        MimeMessage mail = awaitMailTo(recipient(family));
        String text = (String) mail.getContent();
        assertThat(mail.getSubject()).startsWith("Rappel : réservez Vacances de la Courriel (Vacances Courriel)");
        assertThat(text).contains("aucun jour n'est encore réservé", "https://portail.example.fr/enfants",
                "https://portail.example.fr/compte#rappels");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication"
                + " WHERE event_type LIKE '%ReminderDue' AND completion_date IS NULL").query(Integer.class).single() == 0);
        assertThat(mailsTo(recipient(family))).as("the reminder, and no « new message » notice").isEqualTo(1);
        assertThat(publications(family.householdId(), "1 = 1")).as("the copy announces nothing").isZero();

        var copies = jdbc.sql("SELECT c.subject, c.origin, m.author, m.body FROM conversation c"
                        + " JOIN inbox_message m ON m.conversation_id = c.id WHERE c.household_id = :h")
                .param("h", family.householdId()).query().listOfRows();
        assertThat(copies).singleElement().satisfies(row -> {
            assertThat(row.get("subject")).isEqualTo(mail.getSubject());
            assertThat(row.get("origin")).isEqualTo("SYSTEM");
            assertThat(row.get("author")).isEqualTo("SYSTEM");
            assertThat(row.get("body").toString()).contains("aucun jour n'est encore réservé",
                    "https://portail.example.fr/compte#rappels");
        });
        assertThat(inbox.unreadForFamily(family.householdId())).isEqualTo(1);
        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/messages")
                .with(logins.as(family.login()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rappel : réservez Vacances de la Courriel");
    }

    /** A family that switched the booking reminders off gets neither the mail nor the inbox copy. */
    @Test
    void aSwitchedOffReminderIsNeitherMailedNorCopied() throws Exception {
        TestFamily family = fixtures.family("Rappeloff");
        enrolInHolidaysClosingSoon(family, "Vacances Sans rappel", "Vacances sans rappel");
        reminders.receiveOnly(family.householdId(), java.util.List.of());

        reminders.sendDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication"
                + " WHERE event_type LIKE '%ReminderDue' AND completion_date IS NULL").query(Integer.class).single() == 0);
        assertThat(mailsTo(recipient(family))).isZero();
        assertThat(inbox.unreadForFamily(family.householdId())).isZero();
    }

    // ---- helpers

    /** Holidays in 10 days whose bookings close 5 days before (within the reminder's lead), the child enrolled. */
    private void enrolInHolidaysClosingSoon(TestFamily family, String activity, String periodName) {
        long id = activities.create(new fr.portailfamille.activities.ActivitySettings(activity,
                fr.portailfamille.activities.ActivityKind.ACCUEIL_LOISIRS, 4, 13, 20,
                fr.portailfamille.activities.BookingDeadline.calendarDays(5, java.time.LocalTime.NOON),
                fr.portailfamille.activities.BookingDeadline.calendarDays(5, java.time.LocalTime.NOON), true, false));
        long period = activities.addPeriod(id, periodName, fixtures.today().plusDays(10),
                fixtures.today().plusDays(20), java.util.EnumSet.allOf(java.time.DayOfWeek.class));
        enrolments.enrolDirectly(family.householdId(), family.childId(), id, period);
    }

    private String recipient(TestFamily family) {
        return households.household(family.householdId()).primary().email();
    }

    private MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(address), m -> m != null);
    }

    private static MimeMessage find(String address) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (var r : m.getAllRecipients()) {
                if (r.toString().equals(address)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static long mailsTo(String address) throws Exception {
        long n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (var r : m.getAllRecipients()) {
                if (r.toString().equals(address)) {
                    n++;
                }
            }
        }
        return n;
    }

    private int incomplete(long householdId) {
        return publications(householdId, "completion_date IS NULL");
    }

    private int failed(long householdId) {
        return publications(householdId, "completion_date IS NULL AND status = 'FAILED'");
    }

    private int publications(long householdId, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%FamilyMessagePosted' AND "
                        + condition + " AND serialized_event LIKE :h")
                .param("h", "%\"householdId\":" + householdId + ",%").query(Integer.class).single();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
