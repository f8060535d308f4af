package fr.portailfamille.web;

import java.time.Clock;
import java.time.LocalDate;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.FrenchPublicHolidays;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What families read after an enrolment or a reservation is refused: real numbers and single apostrophes. */
@PortalTest
class MessageRenderingTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Clock clock;

    private long activity(boolean dailyReservations) {
        return TestActivities.openEveryDay(activities, clock, "Messages", dailyReservations);
    }

    @Test
    void anEnrolmentRefusedForTheAgeSaysTheAgeRange() throws Exception {
        var family = fixtures.family("Petit", LocalDate.now(clock).minusYears(2));
        long id = activity(false);
        long period = activities.get(id).periods().get(0).id();
        String html = mvc.perform(post("/enfants/" + family.childId() + "/inscriptions/nouvelle")
                .with(logins.as(family.login())).with(csrf()).param("activite", Long.toString(id))
                .param("periode", Long.toString(period))).andReturn().getResponse().getContentAsString();
        String error = Jsoup.parse(html).select(".notice-error").text();
        assertThat(error).isEqualTo("Âge : réservé aux enfants de 4 à 13 ans");
    }

    @Test
    void aReservationRefusedForANonEnrolledChildReadsWithSingleApostrophes() throws Exception {
        var family = fixtures.family("NonInscrit");
        long id = activity(true);
        var day = LocalDate.now(clock).plusDays(10);
        while (new FrenchPublicHolidays().isHoliday(day)) {
            day = day.plusDays(1);
        }
        var result = mvc.perform(post("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login()))
                .with(csrf()).param("activite", Long.toString(id)).param("jours", day.toString())).andReturn();
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(logins.as(family.login()))
                .with(fr.portailfamille.support.SessionCookie.flash(result.getFlashMap()))).andReturn().getResponse().getContentAsString();
        String text = Jsoup.parse(page).select("main").text();
        assertThat(text).contains("l'enfant n'est pas inscrit").doesNotContain("''");
    }
}
