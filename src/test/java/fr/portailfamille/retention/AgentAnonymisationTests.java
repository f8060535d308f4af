package fr.portailfamille.retention;

import fr.portailfamille.billing.Ledger;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An agent anonymises a household on request, after a confirmation; refused with the reason while money is owed. */
@PortalTest
class AgentAnonymisationTests {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Ledger ledger;
    @Autowired fr.portailfamille.activities.Activities activities;
    @Autowired fr.portailfamille.enrolment.Enrolments enrolments;
    @Autowired fr.portailfamille.agenda.Reservations reservations;
    @Autowired JdbcClient jdbc;

    @Test
    void refusedWithTheAmountWhileMoneyIsOwed() throws Exception {
        var family = fixtures.family("Doitencore");
        var today = fixtures.today();
        ledger.issueInvoice(family.householdId(), today, today.withDayOfMonth(1), today, today.plusDays(30), 15870);

        var page = Jsoup.parse(mvc.perform(get("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[role=alert]").text().replaceAll("[\\s\u00a0\u202f]+", " "))
                .isEqualTo("Anonymisation impossible : 158,70 € restent dus.");
        assertThat(page.select("form[action$=/anonymisation]")).isEmpty();

        // a post anyway (a second tab) changes nothing
        var response = mvc.perform(post("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent")).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/familles/" + family.householdId() + "/anonymisation");
        assertThat(name(family)).isEqualTo("Famille Doitencore");
    }

    @Test
    void confirmedAnonymisationEmptiesTheRecordAndKeepsTheInvoices() throws Exception {
        var family = fixtures.family("Surdemande");
        var today = fixtures.today();
        long invoice = ledger.issueInvoice(family.householdId(), today, today.withDayOfMonth(1), today,
                today.plusDays(30), 2500);
        ledger.recordPayment(family.householdId(), today, fr.portailfamille.billing.PaymentMode.CASH, 2500, null, invoice);

        var familyPage = Jsoup.parse(mvc.perform(get("/gestion/familles/" + family.householdId())
                .with(logins.as("demo.agent"))).andReturn().getResponse().getContentAsString());
        assertThat(familyPage.select("a[href=/gestion/familles/" + family.householdId() + "/anonymisation]").text())
                .isEqualTo("Anonymiser la famille");
        var confirm = Jsoup.parse(mvc.perform(get("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent"))).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("form[action$=/anonymisation] button").text()).isEqualTo("Anonymiser définitivement");
        assertThat(confirm.text()).contains("Foyer anonymisé n° " + family.householdId());

        var response = mvc.perform(post("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent")).with(csrf())).andReturn();
        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/gestion/familles/" + family.householdId());
        assertThat(response.getFlashMap().get("notice")).isEqualTo("retention.anonymised");

        assertThat(name(family)).isEqualTo("Foyer anonymisé n° " + family.householdId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invoice WHERE household_id = :h").param("h", family.householdId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT enabled FROM account WHERE id = :a").param("a", family.accountId())
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT rule FROM retention_action WHERE household_id = :h")
                .param("h", family.householdId()).query(String.class).list()).containsExactly("HOUSEHOLD_ON_REQUEST");
        // the record page lists it, and the confirmation page now says it is done
        String record = mvc.perform(get("/gestion/conservation").with(logins.as("demo.agent"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(record).select("tbody tr").text()).contains("Famille anonymisée à sa demande",
                "n° " + family.householdId());
        assertThat(Jsoup.parse(mvc.perform(get("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent"))).andReturn().getResponse().getContentAsString()).text())
                .contains("Cette famille est anonymisée.");
        // the family can no longer log in: its account is disabled
        assertThat(mvc.perform(post("/connexion").param("identifiant", family.login()).param("motDePasse", Fixtures.PASSWORD)
                .with(csrf())).andReturn().getResponse().getRedirectedUrl()).contains("/connexion");
    }

    @Test
    void familiesCannotAnonymiseAndUnknownHouseholdsAre404() throws Exception {
        var family = fixtures.family("Pasagent");
        assertThat(mvc.perform(get("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as(family.login()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as(family.login())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/gestion/conservation").with(logins.as(family.login()))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/gestion/familles/999999999/anonymisation").with(logins.as("demo.agent")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/gestion/familles/999999999/anonymisation").with(logins.as("demo.agent"))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(name(family)).isEqualTo("Famille Pasagent");
    }

    private String name(Fixtures.TestFamily f) {
        return jdbc.sql("SELECT name FROM household WHERE id = :h").param("h", f.householdId()).query(String.class)
                .single();
    }
    /** A pending reservation request holds a place: anonymising withdraws it through its handler, the place is free. */
    @Test
    void anonymisingWithdrawsPendingRequestsAndFreesThePlacesTheyHeld() throws Exception {
        var family = fixtures.family("Enattente");
        var today = fixtures.today();
        long activity = activities.create(new fr.portailfamille.activities.ActivitySettings(
                "Anonymisation " + System.nanoTime() % 100_000, fr.portailfamille.activities.ActivityKind.ACCUEIL_LOISIRS,
                3, 17, 1, fr.portailfamille.activities.BookingDeadline.calendarDays(2, java.time.LocalTime.NOON),
                fr.portailfamille.activities.BookingDeadline.calendarDays(2, java.time.LocalTime.NOON), true, true));
        long period = activities.addPeriod(activity, "Période", today.minusDays(5), today.plusDays(60),
                java.util.EnumSet.allOf(java.time.DayOfWeek.class));
        enrolments.enrolDirectly(family.householdId(), family.childId(), activity, period);
        var day = today.plusDays(10);
        var asked = reservations.ask(family.householdId(), family.childId(), activity, java.util.List.of(day));
        assertThat(asked).extracting(fr.portailfamille.agenda.AskResult::outcome)
                .containsExactly(fr.portailfamille.agenda.AskResult.Outcome.RETAINED);
        assertThat(taken(activity, day)).isEqualTo(1);

        mvc.perform(post("/gestion/familles/" + family.householdId() + "/anonymisation")
                .with(logins.as("demo.agent")).with(csrf()));

        assertThat(taken(activity, day)).as("the place the pending request held is free").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request WHERE household_id = :h AND status = 'PENDING'")
                .param("h", family.householdId()).query(Long.class).single()).isZero();
    }

    private int taken(long activityId, java.time.LocalDate day) {
        return jdbc.sql("SELECT COALESCE(MAX(taken), 0) FROM activity_day_load WHERE activity_id = :a AND service_day = :d")
                .param("a", activityId).param("d", day).query(Integer.class).single();
    }
}
