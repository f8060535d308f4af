package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class LotteryAdminControllerTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired BookingWindows windows;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    Document page(String uri, String login) throws Exception {
        return Jsoup.parse(mvc.get().uri(uri).with(logins.as(login)).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAgentCreatesAWindowTheFamiliesAskTheAgentDrawsAndEachFamilySeesItsOutcome() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Guichet tirage", 1, false);
        var now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        var form = mvc.post().uri("/gestion/tirages/nouveau").with(logins.as("demo.agent")).with(csrf())
                .param("periodId", Long.toString(setup.periodId())).param("mode", "LOTTERY")
                .param("opensAt", now.minusHours(1).toString()).param("closesAt", now.plusHours(1).toString())
                .param("allocateAt", now.plusHours(2).toString()).param("paiQuota", "0")
                .param("enabled[RESIDENTS]", "true").param("_enabled[RESIDENTS]", "on")
                .param("_enabled[SIBLINGS]", "on").param("_enabled[WORKING_PARENTS]", "on")
                .param("_enabled[BALANCE]", "on").param("order[RESIDENTS]", "1").exchange();
        assertThat(form.getResponse().getStatus()).as(form.getResponse().getContentAsString()).isEqualTo(302);
        long windowId = windows.idOf(setup.activityId(), setup.periodId());
        assertThat(windows.get(windowId).rules().order()).containsExactly(LotteryRule.RESIDENTS);

        // bad input: a message next to the field, nothing changed
        var bad = mvc.post().uri("/gestion/tirages/" + windowId + "/modifier").with(logins.as("demo.agent"))
                .with(csrf()).param("mode", "LOTTERY").param("opensAt", now.plusHours(3).toString())
                .param("closesAt", now.plusHours(1).toString()).param("allocateAt", "pas une date")
                .param("paiQuota", "0").exchange();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        var badPage = Jsoup.parse(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(badPage.select("#closesAt-erreur").text()).contains("avant de se clore");
        assertThat(badPage.select("#allocateAt-erreur").text()).contains("invalide");
        assertThat(badPage.select("#allocateAt").val()).isEqualTo("pas une date");

        var a = support.enrolledFamily("TirageUn", setup);
        var b = support.enrolledFamily("TirageDeux", setup);
        var day = support.bookableDay(10);
        for (var f : List.of(a, b)) {
            var agenda = page("/enfants/" + f.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                    + java.time.YearMonth.from(day), f.login());
            assertThat(agenda.select("#titre-tirages").text()).isEqualTo("Réservations par tirage au sort");
            assertThat(agenda.text()).contains("L'ordre des demandes ne compte pas");
            mvc.post().uri("/enfants/" + f.childId() + "/agenda").with(logins.as(f.login())).with(csrf())
                    .param("activite", Long.toString(setup.activityId())).param("jours", day.toString()).exchange();
            agenda = page("/enfants/" + f.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                    + java.time.YearMonth.from(day), f.login());
            assertThat(agenda.selectFirst("td[data-day=" + day + "]").text())
                    .contains("Demande enregistrée — attribution le");
        }

        var screen = page("/gestion/tirages/" + windowId, "demo.agent");
        assertThat(screen.select("td[data-label=Demandes]").eachText()).contains("2");
        var early = mvc.post().uri("/gestion/tirages/" + windowId + "/attribution").with(logins.as("demo.agent"))
                .with(csrf()).exchange();
        assertThat(early.getMvcResult().getFlashMap().get("windowError")).isEqualTo("lottery.refused.NOT_CLOSED");

        clock.advance(Duration.ofMinutes(90));
        var run = mvc.post().uri("/gestion/tirages/" + windowId + "/attribution").with(logins.as("demo.agent"))
                .with(csrf()).exchange();
        assertThat(run.getMvcResult().getFlashMap().get("notice")).isEqualTo("lottery.allocated");
        var report = page("/gestion/tirages/" + windowId + "/rapport", "demo.agent");
        assertThat(report.text()).contains("Graine du tirage").contains("Résidents de la commune d'abord");

        var outcomes = List.of(a, b).stream().map(f -> {
            try {
                return page("/enfants/" + f.childId() + "/agenda?activite=" + setup.activityId() + "&mois="
                        + java.time.YearMonth.from(day), f.login()).select(".draw-outcomes").text();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(outcomes).anyMatch(t -> t.contains("place attribuée"))
                .anyMatch(t -> t.contains("liste d'attente, rang 1"))
                .allMatch(t -> t.contains("Tirage au sort parmi 2 demandes pour 1 place ;"))
                .noneMatch(t -> t.contains("TirageUn") || t.contains("TirageDeux"));
    }

    @Test
    void theEditFormSubmittedAsRenderedIsAccepted() throws Exception {
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Edition tirage", 1, false);
        var now = LocalDateTime.now(clock);
        windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.LOTTERY, now.plusHours(1),
                now.plusHours(2), now.plusHours(2), LotteryRules.DEFAULT));
        long windowId = windows.idOf(setup.activityId(), setup.periodId());
        var form = page("/gestion/tirages/" + windowId + "/modifier", "demo.agent").selectFirst("form.stacked-form");
        var post = mvc.post().uri("/gestion/tirages/" + windowId + "/modifier").with(logins.as("demo.agent")).with(csrf());
        for (var input : form.select("input, select")) {
            if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
                if (input.hasAttr("checked")) {
                    post = post.param(input.attr("name"), input.val());
                }
            } else if (!input.attr("name").isEmpty()) {
                post = post.param(input.attr("name"), input.val());
            }
        }
        var result = post.exchange();
        assertThat(result.getResponse().getStatus())
                .as(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("main").text())
                .isEqualTo(302);
    }
}
