package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class CalendarFeedTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired CalendarFeeds feeds;

    @Test
    void theFeedListsEffectiveReservationsWithoutASessionAndARenewedTokenStopsTheOldUrl() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var direct = support.activity("Flux direct", 5, false);
        var validated = support.activity("Flux validé", 5, true);
        var family = support.enrolledFamily("Flux", direct);
        enrolments.enrolDirectly(family.householdId(), family.childId(), validated.activityId(), validated.periodId());
        LocalDate day = support.bookableDay(10);
        reservations.ask(family.householdId(), family.childId(), direct.activityId(), List.of(day));
        reservations.ask(family.householdId(), family.childId(), validated.activityId(), List.of(day.plusDays(1)));

        assertThat(mvc.post().uri("/enfants/" + family.childId() + "/agenda/calendrier")
                .with(logins.as(family.login())).with(csrf())).hasStatus3xxRedirection();
        String token = feeds.token(family.householdId(), family.childId()).orElseThrow();

        var feed = mvc.get().uri("/calendrier/" + token + ".ics").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(feed.getResponse().getCookie("PFSESSION")).isNull();
        String ics = feed.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).contains("DTSTART;VALUE=DATE:" + day.toString().replace("-", ""))
                .contains("Flux direct").doesNotContain("Flux validé"); // pending requests are not effective

        feeds.renew(family.householdId(), family.childId());
        assertThat(mvc.get().uri("/calendrier/" + token + ".ics")).hasStatus(404);
    }

    @Test
    void anotherFamilysChildCalendarPageAndRenewalAreNotFound() {
        var mine = fixtures.family("FluxMoi");
        var other = fixtures.family("FluxAutre");
        assertThat(mvc.get().uri("/enfants/" + other.childId() + "/agenda/calendrier").with(logins.as(mine.login())))
                .hasStatus(404);
        assertThat(mvc.post().uri("/enfants/" + other.childId() + "/agenda/calendrier").with(logins.as(mine.login()))
                .with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri("/calendrier/inconnu-inconnu-inconnu-0000.ics")).hasStatus(404);
    }
}
