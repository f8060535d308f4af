package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The consents are the one place for image rights, outings, transport and emergency care: the child page (family) and
 * the agents' view of the child show each consent with its current answer; the « Sortie de l'accueil » form no
 * longer asks them and points to the consents.
 */
@PortalTest
class ConsentSummaryTests {

    @Autowired MockMvcTester mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Consents consents;

    @Test
    void theChildPagesShowTheConsentsAndTheirAnswers() {
        String name = "Sorties au parc " + System.nanoTime() % 100_000;
        long type = consents.createType(new ConsentTypeSettings(name, ConsentCategory.OUTING, null, Set.of()));
        var family = fixtures.family("Resume");
        consents.answer(family.householdId(), family.childId(), type, ConsentAnswer.REFUSED, "Claire Resume");

        var page = Jsoup.parse(html(family.login(), "/enfants/" + family.childId()));
        var summary = page.selectFirst(".consent-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select("h2").text()).isEqualTo("Autorisations parentales");
        assertThat(summary.select("li").stream().filter(li -> li.text().contains(name)).findFirst().orElseThrow()
                .text()).contains("Refusé").contains("Claire Resume");
        assertThat(summary.select("a").attr("href")).isEqualTo("/enfants/" + family.childId() + "/consentements");

        var agent = Jsoup.parse(html("demo.agent", "/gestion/familles/" + family.householdId() + "/enfants/"
                + family.childId()));
        var agentSummary = agent.selectFirst(".consent-summary");
        assertThat(agentSummary).isNotNull();
        assertThat(agentSummary.text()).contains(name).contains("Refusé");
        assertThat(agentSummary.select("a")).as("agents do not answer for the family").isEmpty();
    }

    @Test
    void theSortieDeLAccueilFormAsksOnlyLeaveAloneAndThePickUpPersons() {
        var family = fixtures.family("Sortie");
        var form = Jsoup.parse(html(family.login(), "/enfants/" + family.childId() + "/autorisations"));
        assertThat(form.select("h1").text()).startsWith("Sortie de l'accueil : personnes autorisées à venir chercher");
        assertThat(form.select("[name=leaveAlone]")).isNotEmpty();
        assertThat(form.select("[name=imageRights], [name=emergencyCare], [name=outingTransport]")).isEmpty();
        assertThat(form.select(".consents-pointer a").attr("href"))
                .isEqualTo("/enfants/" + family.childId() + "/consentements");
    }

    private String html(String login, String url) {
        var result = mvc.get().uri(url).with(logins.as(login)).exchange();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
