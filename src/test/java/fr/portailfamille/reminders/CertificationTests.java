package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** « Mes informations sont à jour »: the Accueil card, the confirmation, the agents' list and its CSV. */
@PortalTest
class CertificationTests {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    Document page(String path, String login) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(logins.as(login))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aFamilyConfirmsOncePerSchoolYearFromTheAccueilCard() throws Exception {
        var family = fixtures.family("Certifiee");
        var card = page("/", family.login()).selectFirst("#certification");
        assertThat(card).as("asked on Accueil").isNotNull();
        assertThat(card.text()).contains(SchoolYear.of(fixtures.today()).label(), "Mes informations sont à jour");
        assertThat(card.select("a").eachAttr("href")).contains("/compte", "/enfants");

        var result = mvc.perform(post("/compte/certification").with(logins.as(family.login())).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(page("/", family.login()).selectFirst("#certification")).as("not asked again this year").isNull();

        // the next school year asks again
        var nextSeptember = SchoolYear.of(fixtures.today()).firstDay().plusYears(1);
        try {
            clock.advance(Duration.ofDays(nextSeptember.toEpochDay() - fixtures.today().toEpochDay() + 1));
            assertThat(page("/", family.login()).selectFirst("#certification")).isNotNull();
        } finally {
            clock.reset();
        }
    }

    @Test
    void agentsSeeWhoHasNotConfirmedAndExportIt() throws Exception {
        var waiting = fixtures.family("Attente" + System.nanoTime() % 10_000);
        var done = fixtures.family("Faite" + System.nanoTime() % 10_000);
        mvc.perform(post("/compte/certification").with(logins.as(done.login())).with(csrf()));

        var pending = page("/gestion/certifications?q=Attente",
                "demo.agent");
        assertThat(pending.select("tbody tr").text()).contains("Famille Attente").doesNotContain("Famille Faite");
        var confirmed = page("/gestion/certifications?etat=confirmees&q=Faite", "demo.agent");
        assertThat(confirmed.select("tbody tr").text()).contains("Famille Faite", "Confirmé le");
        assertThat(confirmed.selectFirst("a[href*=certifications.csv]").attr("href"))
                .contains("etat=confirmees", "q=Faite");

        var csv = mvc.perform(get("/gestion/certifications.csv").param("q", "Famille Attente")
                .with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "a-confirmer");
        String body = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF").contains("Famille;Responsable", "Famille Attente", "À confirmer");
    }

    @Test
    void theStatementIsPublicAndLinkedFromTheFootersOfEveryKindOfPage() throws Exception {
        var statement = mvc.perform(get("/accessibilite")).andReturn().getResponse();
        assertThat(statement.getStatus()).isEqualTo(200);
        var doc = Jsoup.parse(statement.getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.select("h1").text()).isEqualTo("Déclaration d'accessibilité");
        assertThat(doc.text()).contains("est non conforme avec le RGAA 4.1", "Défenseur des droits",
                "Libre réponse 71120", "75342 Paris CEDEX 07", "axe-core");
        assertThat(doc.select("a[href=https://formulaire.defenseurdesdroits.fr/]")).isNotEmpty();

        var family = fixtures.family("Pied");
        for (var page : new Document[] {
                Jsoup.parse(mvc.perform(get("/connexion")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)),
                Jsoup.parse(mvc.perform(get("/mot-de-passe-oublie")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)),
                page("/", family.login()), page("/compte", family.login()),
                page("/gestion", "demo.agent"), page("/gestion/certifications", "demo.agent"), doc}) {
            var link = page.selectFirst("footer a[href=/accessibilite]");
            assertThat(link).as(page.title()).isNotNull();
            assertThat(link.text()).isEqualTo("Accessibilité : non conforme");
        }
    }
}
