package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Fixtures.TestFamily;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The holiday booking-deadline reminder end to end (recorded once per household and period), and the settings. */
@PortalTest
class RemindersTests {

    @Autowired Reminders reminders;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static final String KIND = "holiday-booking-deadline"; // agenda's HolidayDeadlineReminders

    record Holidays(long activityId, long periodId) {
    }

    /** A holiday period starting in 10 days whose bookings close 5 days before: within the default 7-day lead. */
    Holidays holidaysClosingSoon(String name) {
        long id = activities.create(new ActivitySettings(name, ActivityKind.ACCUEIL_LOISIRS, 4, 13, 20,
                BookingDeadline.calendarDays(5, LocalTime.NOON), BookingDeadline.calendarDays(5, LocalTime.NOON),
                true, false));
        long period = activities.addPeriod(id, "Vacances " + name, fixtures.today().plusDays(10),
                fixtures.today().plusDays(20), EnumSet.allOf(DayOfWeek.class));
        return new Holidays(id, period);
    }

    TestFamily enrolled(String name, Holidays holidays) {
        var family = fixtures.family(name);
        enrolments.enrolDirectly(family.householdId(), family.childId(), holidays.activityId(), holidays.periodId());
        return family;
    }

    int sent(TestFamily family, Holidays holidays) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE household_id = :h AND kind = :k AND subject = :s")
                .param("h", family.householdId()).param("k", KIND)
                .param("s", "period-" + holidays.periodId()).query(Integer.class).single();
    }

    /** The reminders handed to one listener of messaging (the mail, or the inbox copy) for this family. */
    int publications(TestFamily family, String listener) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%ReminderDue'"
                        + " AND listener_id LIKE :l AND serialized_event LIKE :h")
                .param("l", "%" + listener + "%")
                .param("h", "%\"householdId\":" + family.householdId() + ",%").query(Integer.class).single();
    }

    @Test
    void enrolledFamiliesThatBookedNothingAreRemindedOnceUnlessTheySwitchedItOff() {
        var holidays = holidaysClosingSoon("Rappel" + System.nanoTime() % 10_000);
        var forgetful = enrolled("Oublieuse", holidays);
        var booked = enrolled("Prevoyante", holidays);
        var quiet = enrolled("Discrete", holidays);
        var notEnrolled = fixtures.family("Absente");
        reservations.ask(booked.householdId(), booked.childId(), holidays.activityId(),
                List.of(fixtures.today().plusDays(12)));
        reminders.receiveOnly(quiet.householdId(), List.of());

        reminders.sendDue();
        reminders.sendDue(); // a second turn (or another instance) sends nothing again

        assertThat(sent(forgetful, holidays)).isEqualTo(1);
        assertThat(sent(booked, holidays)).isZero();
        assertThat(sent(quiet, holidays)).isZero();
        assertThat(sent(notEnrolled, holidays)).isZero();
        assertThat(publications(forgetful, "ReminderMails")).as("one e-mail handed to the outbox").isEqualTo(1);
        assertThat(publications(forgetful, "ReminderInboxCopies")).as("one copy for the inbox").isEqualTo(1);
        assertThat(publications(quiet, "ReminderInboxCopies")).as("switched off: no copy either").isZero();
    }

    /** Two instances running the job at the same moment (lock expired, clock skew): the unique row decides. */
    @Test
    void twoRunsAtTheSameMomentSendOneReminder() throws Exception {
        var holidays = holidaysClosingSoon("Concurrence" + System.nanoTime() % 10_000);
        var family = enrolled("Concurrente", holidays);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return reminders.sendDue();
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent(family, holidays)).isEqualTo(1);
        assertThat(publications(family, "ReminderMails")).isEqualTo(1);
        assertThat(publications(family, "ReminderInboxCopies")).isEqualTo(1);
    }

    @Test
    void theFamilyChoosesItsRemindersOnMonCompte() throws Exception {
        var family = fixtures.family("Choix");
        var page = Jsoup.parse(mvc.perform(get("/compte").with(logins.as(family.login()))).andReturn()
                .getResponse().getContentAsString());
        var box = page.selectFirst("#rappels input[name=kinds][value=" + KIND + "]");
        assertThat(box).isNotNull();
        assertThat(box.hasAttr("checked")).as("on until switched off").isTrue();

        var result = mvc.perform(post("/compte/rappels").with(logins.as(family.login())).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/compte#rappels");
        assertThat(reminders.preferences(family.householdId())).extracting(Reminders.Preference::enabled)
                .containsOnly(false);

        mvc.perform(post("/compte/rappels").param("kinds", KIND, "inconnu")
                .with(logins.as(family.login())).with(csrf()));
        var kept = reminders.preferences(family.householdId());
        assertThat(kept).filteredOn(p -> p.kind().equals(KIND)).extracting(Reminders.Preference::enabled)
                .containsExactly(true);
        assertThat(kept).as("the kinds not ticked stay off").filteredOn(p -> !p.kind().equals(KIND))
                .extracting(Reminders.Preference::enabled).isNotEmpty().containsOnly(false);
    }

    int leadDays() {
        return reminders.leads().stream().filter(l -> l.kind().equals(KIND)).findFirst().orElseThrow().days();
    }

    @Test
    void agentsSetTheLeadTimeAndAWrongOneIsRefusedNextToTheField() throws Exception {
        int before = leadDays();
        try {
            var wrong = mvc.perform(post("/gestion/rappels").param("lead-" + KIND, "0").with(logins.as("demo.agent"))
                    .with(csrf())).andReturn();
            assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
            var page = Jsoup.parse(wrong.getResponse().getContentAsString());
            var field = page.selectFirst("input[name=lead-" + KIND + "]");
            assertThat(field.attr("value")).isEqualTo("0");
            assertThat(field.attr("aria-describedby")).contains(field.id() + "-erreur");
            assertThat(page.getElementById(field.id() + "-erreur")).isNotNull();
            assertThat(leadDays()).isEqualTo(before);

            var ok = mvc.perform(post("/gestion/rappels").param("lead-" + KIND, "10").with(logins.as("demo.agent"))
                    .with(csrf())).andReturn();
            assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/gestion/rappels");
            assertThat(leadDays()).isEqualTo(10);
        } finally {
            reminders.setLeadDays(KIND, before);
        }
    }

    @Test
    void aFamilyCannotReachTheAgentsPages() throws Exception {
        var family = fixtures.family("Curieuse");
        for (String path : List.of("/gestion/rappels", "/gestion/certifications", "/gestion/certifications.csv")) {
            assertThat(mvc.perform(get(path).with(logins.as(family.login()))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(403);
        }
    }
}
