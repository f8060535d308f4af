package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.billing.BillableDays;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Pointage: taps recorded once, pick-up by authorised persons only, absences and walk-ins billed, closed days audited. */
@PortalTest
class CheckInTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ReservationStore store;
    @Autowired BillableDays billableDays;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    private ResultActions tap(long activityId, LocalDate day, long reservationId, String action, String tapId,
                              String person) throws Exception {
        var request = post("/gestion/pointage/taps").param("activite", Long.toString(activityId))
                .param("jour", day.toString()).param("reservation", Long.toString(reservationId))
                .param("action", action).param("tap", tapId).accept(MediaType.APPLICATION_JSON)
                .with(logins.as("demo.agent")).with(csrf());
        if (person != null) {
            request.param("personne", person);
        }
        return mvc.perform(request);
    }

    private long reservationOf(Fixtures.TestFamily f, long activityId, LocalDate day) {
        return store.find(f.childId(), activityId, day).orElseThrow().id();
    }

    @Test
    void arrivalLeavingAndAbsenceAreRecordedOnceAndFeedBilling() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Pointage tests", 10, false);
        var hugo = support.enrolledFamily("Pointe", setup);
        fixtures.completeChildRecord(hugo, Map.of("pai", "true", "diet", "NONE", "foodAllergies", "Arachide"),
                Map.of("leaveAlone", "false",
                        "pickup1Name", "Jeanne Grandmère", "pickup1Relationship", "Grand-mère",
                        "pickup1Phone", "06 11 22 33 44"));
        var lea = support.enrolledFamily("Absente", setup);
        var walk = support.enrolledFamily("Passage", setup);
        LocalDate day = support.bookableDay(20);
        reservations.ask(hugo.householdId(), hugo.childId(), setup.activityId(), List.of(day));
        reservations.ask(lea.householdId(), lea.childId(), setup.activityId(), List.of(day));
        long hugoR = reservationOf(hugo, setup.activityId(), day);
        long leaR = reservationOf(lea, setup.activityId(), day);

        // the list: the expected children with their flags, three large buttons each
        var page = Jsoup.parse(mvc.perform(get("/gestion/pointage?activite=" + setup.activityId() + "&jour=" + day)
                .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var card = page.selectFirst("#r-" + hugoR);
        assertThat(card.select(".checkin-flags").text()).contains("PAI").contains("Allergie : Arachide");
        assertThat(card.select("select[name=personne] option").eachText())
                .containsExactly("Alice Pointe", "Jeanne Grandmère");
        assertThat(card.select("button.checkin-button").eachText()).containsExactly("Arrivé", "Parti", "Absent");
        assertThat(page.select("#enfant option").eachText()).anyMatch(t -> t.contains("Passage"))
                .noneMatch(t -> t.contains("Pointe"));

        // arrived, sent twice (the offline queue replayed): one tap recorded
        String arrival = UUID.randomUUID().toString();
        tap(setup.activityId(), day, hugoR, "ARRIVED", arrival, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(true)).andExpect(jsonPath("$.state").value("ARRIVED"));
        tap(setup.activityId(), day, hugoR, "ARRIVED", arrival, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(false));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in_tap WHERE reservation_id = :r").param("r", hugoR)
                .query(Integer.class).single()).isEqualTo(1);

        // left with a stranger: refused, nothing changed; with the grandmother: recorded
        tap(setup.activityId(), day, hugoR, "LEFT", UUID.randomUUID().toString(), "Un inconnu")
                .andExpect(status().is(422)).andExpect(jsonPath("$.error").value("checkin.error.pickup"));
        tap(setup.activityId(), day, hugoR, "LEFT", UUID.randomUUID().toString(), "Jeanne Grandmère")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("LEFT"))
                .andExpect(jsonPath("$.pickedUpBy").value("Jeanne Grandmère"))
                .andExpect(jsonPath("$.label").value(org.hamcrest.Matchers.startsWith("Parti(e) à ")));

        // absent without notice: a billable absence
        tap(setup.activityId(), day, leaR, "ABSENT", UUID.randomUUID().toString(), null).andExpect(status().isOk());
        var leaRow = store.find(leaR).orElseThrow();
        assertThat(leaRow.status()).isEqualTo(ReservationStatus.ABSENT);
        assertThat(leaRow.billable()).isTrue();

        // a walk-in: a reserved day, arrived
        mvc.perform(post("/gestion/pointage/sans-reservation").param("activite", Long.toString(setup.activityId()))
                        .param("jour", day.toString()).param("enfant", walk.householdId() + ":" + walk.childId())
                        .with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var walkRow = store.find(walk.childId(), setup.activityId(), day).orElseThrow();
        assertThat(walkRow.status()).isEqualTo(ReservationStatus.RESERVED);

        // billing picks them up: Hugo's day, Léa's billable absence, the walk-in's day
        var billed = billableDays.days(YearMonth.from(day),
                List.of(hugo.householdId(), lea.householdId(), walk.householdId()));
        assertThat(billed).filteredOn(b -> b.date().equals(day))
                .extracting(b -> b.childId() + ":" + b.absence())
                .containsExactlyInAnyOrder(hugo.childId() + ":false", lea.childId() + ":true",
                        walk.childId() + ":false");

        // the day closed: a later change is audited
        mvc.perform(post("/gestion/pointage/cloture").param("activite", Long.toString(setup.activityId()))
                .param("jour", day.toString()).with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.recent(lea.householdId(), "CHECK_IN_AFTER_CLOSE", 5)).isEmpty();
        tap(setup.activityId(), day, leaR, "ARRIVED", UUID.randomUUID().toString(), null)
                .andExpect(status().isOk());
        assertThat(store.find(leaR).orElseThrow().status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(audit.recent(lea.householdId(), "CHECK_IN_AFTER_CLOSE", 5)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("ARRIVED"));
    }

    @Test
    void badTapsAreRefusedWithoutChangingAnything() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Pointage erreurs", 10, false);
        var f = support.enrolledFamily("Erreur", setup);
        LocalDate day = support.bookableDay(21);
        reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day));
        long r = reservationOf(f, setup.activityId(), day);

        tap(setup.activityId(), day, r, "DANCE", UUID.randomUUID().toString(), null).andExpect(status().is(422));
        tap(setup.activityId(), day, r, "ARRIVED", "x\u0007<>", null).andExpect(status().is(422));
        tap(setup.activityId(), day.plusDays(1), r, "ARRIVED", UUID.randomUUID().toString(), null)
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE reservation_id = :r").param("r", r)
                .query(Integer.class).single()).isZero();

        var html = mvc.perform(get("/gestion/pointage?activite=abc&jour=2026-02-31").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select("#jour-erreur").text()).isEqualTo("Indiquez une date valide.");
        assertThat(doc.select("#activite-erreur").text()).isEqualTo("Choisissez une activité de la liste.");

        // without script: the plain form post records the tap and comes back to the list
        mvc.perform(post("/gestion/pointage/taps").param("activite", Long.toString(setup.activityId()))
                        .param("jour", day.toString()).param("reservation", Long.toString(r)).param("action", "ARRIVED")
                        .param("tap", UUID.randomUUID().toString()).with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE reservation_id = :r AND arrived_at IS NOT NULL")
                .param("r", r).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/gestion/pointage").with(logins.as("demo.famille"))).andExpect(status().isForbidden());
    }
}
