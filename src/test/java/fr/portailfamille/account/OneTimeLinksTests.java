package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.SessionCookie;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One-time links through their pages: expiry on the test clock, single use, wrong tokens, sessions ended. */
@PortalTest
class OneTimeLinksTests {

    static final String NEW_PASSWORD = "Trois chats gris sur le toit rouge";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OneTimeLinks links;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String hashOf(long accountId) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
    }

    private String path(OneTimeLinks.IssuedLink link) {
        return link.url().substring(link.url().indexOf('/', "https://".length()));
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private org.springframework.mock.web.MockHttpServletResponse choose(String path, String password)
            throws Exception {
        return mvc.perform(post(path).param("newPassword", password).param("confirmation", password).with(csrf()))
                .andReturn().getResponse();
    }

    private int loginStatus(String login, String password) throws Exception {
        var response = mvc.perform(post("/connexion").param("identifiant", login).param("motDePasse", password)
                .with(csrf()).with(r -> { r.setRemoteAddr("10.77.0." + (int) (Math.random() * 200)); return r; }))
                .andReturn().getResponse();
        return response.getRedirectedUrl() != null && response.getRedirectedUrl().contains("erreur") ? 401 : 200;
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        var f = fixtures.family("Hachage");
        var link = links.issue(f.accountId(), LinkPurpose.RESET);
        assertThat(link.token()).hasSize(43);
        assertThat(link.url()).endsWith("/mot-de-passe-oublie/" + link.token());
        var stored = jdbc.sql("SELECT token_hash FROM one_time_link WHERE account_id = :a").param("a", f.accountId())
                .query(String.class).single();
        assertThat(stored).isEqualTo(LinkTokens.hash(link.token())).doesNotContain(link.token());
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndTheOldOneNoLongerWorks() throws Exception {
        var f = fixtures.family("Unique");
        var link = links.issue(f.accountId(), LinkPurpose.RESET);
        var form = page(path(link));
        assertThat(form.select("#identifiant").val()).isEqualTo(f.login());
        assertThat(form.select("h1").text()).isEqualTo("Choisir un nouveau mot de passe");

        var response = choose(path(link), NEW_PASSWORD);
        assertThat(response.getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange");
        assertThat(loginStatus(f.login(), NEW_PASSWORD)).isEqualTo(200);
        assertThat(loginStatus(f.login(), Fixtures.PASSWORD)).isEqualTo(401);

        String hash = hashOf(f.accountId());
        var again = choose(path(link), "Une toute autre phrase de passe");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(again.getContentAsString()).select("[role=alert]").text()).contains("déjà servi");
        assertThat(hashOf(f.accountId())).isEqualTo(hash);
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
        var f = fixtures.family("Expire");
        var reset = links.issue(f.accountId(), LinkPurpose.RESET);
        var invitation = links.issue(f.accountId(), LinkPurpose.INVITATION);
        clock.advance(Duration.ofMinutes(61));
        String hash = hashOf(f.accountId());
        assertThat(page(path(reset)).select("[role=alert]").text()).contains("expiré");
        assertThat(choose(path(reset), NEW_PASSWORD).getStatus()).isEqualTo(200);
        assertThat(hashOf(f.accountId())).isEqualTo(hash);
        // an invitation is still good after an hour, not after seven days
        assertThat(page(path(invitation)).select("form").isEmpty()).isFalse();
        clock.advance(Duration.ofDays(7));
        assertThat(page(path(invitation)).select("[role=alert]").text()).contains("expiré");
        assertThat(choose(path(invitation), NEW_PASSWORD).getStatus()).isEqualTo(200);
        assertThat(hashOf(f.accountId())).isEqualTo(hash);
    }

    @Test
    void wrongTokensOpenNothing() throws Exception {
        var f = fixtures.family("Faux");
        links.issue(f.accountId(), LinkPurpose.RESET);
        String hash = hashOf(f.accountId());
        for (String token : new String[] {LinkTokens.newToken(), "abc", "x".repeat(300), "%00%0A"}) {
            var response = mvc.perform(get("/mot-de-passe-oublie/" + token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(token).isIn(200, 400, 404);
            if (response.getStatus() == 200) {
                assertThat(Jsoup.parse(response.getContentAsString()).text()).contains("n'est pas valable");
            }
            assertThat(Jsoup.parse(choose("/activation/" + LinkTokens.newToken(), NEW_PASSWORD)
                    .getContentAsString()).text()).contains("n'est pas valable");
        }
        assertThat(hashOf(f.accountId())).isEqualTo(hash);
    }

    @Test
    void aNewLinkRevokesTheOlderOneOfTheSamePurpose() throws Exception {
        var f = fixtures.family("Revoque");
        var first = links.issue(f.accountId(), LinkPurpose.RESET);
        var second = links.issue(f.accountId(), LinkPurpose.RESET);
        assertThat(page(path(first)).select("[role=alert]").text()).contains("plus récent");
        assertThat(choose(path(second), NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange");
    }

    @Test
    void aPasswordThePolicyRefusesIsShownNextToTheFieldAndTheLinkStaysUsable() throws Exception {
        var f = fixtures.family("Politique");
        var link = links.issue(f.accountId(), LinkPurpose.RESET);
        var refused = choose(path(link), "court");
        assertThat(Jsoup.parse(refused.getContentAsString()).select("#newPassword-erreur").text())
                .contains("au moins 12 caractères");
        var mismatch = mvc.perform(post(path(link)).param("newPassword", NEW_PASSWORD)
                .param("confirmation", "autre chose").with(csrf())).andReturn().getResponse();
        assertThat(Jsoup.parse(mismatch.getContentAsString()).select("#confirmation-erreur").text())
                .contains("pas identiques");
        assertThat(choose(path(link), NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange");
    }

    @Test
    void aResetEndsTheSessionsOpenedBefore() throws Exception {
        var f = fixtures.family("Sessions");
        var loggedIn = new SessionCookie();
        loggedIn.perform(mvc, post("/connexion").param("identifiant", f.login())
                .param("motDePasse", Fixtures.PASSWORD).with(csrf())
                .with(r -> { r.setRemoteAddr("10.78.0.1"); return r; }));
        assertThat(loggedIn.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200);

        choose(path(links.issue(f.accountId(), LinkPurpose.RESET)), NEW_PASSWORD);

        var after = loggedIn.perform(mvc, get("/enfants")).getResponse();
        assertThat(after.getRedirectedUrl()).isEqualTo("/connexion?expiree");
    }

    @Test
    void theForgottenPasswordFormAnswersTheSameWhetherTheAccountExistsOrNot() throws Exception {
        var f = fixtures.family("Oubli");
        var known = mvc.perform(post("/mot-de-passe-oublie").param("identifiant", f.login()).with(csrf())
                .with(r -> { r.setRemoteAddr("10.79.0.1"); return r; })).andReturn().getResponse();
        var unknown = mvc.perform(post("/mot-de-passe-oublie").param("identifiant", "personne.inconnue")
                .with(csrf()).with(r -> { r.setRemoteAddr("10.79.0.2"); return r; })).andReturn().getResponse();
        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl())
                .isEqualTo("/mot-de-passe-oublie?envoye");
        // the known account gets a reset link (issued when the mail is written, after commit)
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM one_time_link WHERE account_id = :a AND purpose = 'RESET'")
                .param("a", f.accountId()).query(Long.class).single() == 1);
        assertThat(page("/mot-de-passe-oublie?envoye").select("#demande-envoyee").text()).contains("Si un compte");
    }

    @Test
    void theForgottenPasswordFormIsThrottledPerIdentifierAndRefusesEmptyOrControlInput() throws Exception {
        clock.freeze(); // the throttle's 1 s and 2 s waits must not run out while a loaded machine runs the requests
        String who = "inconnu." + System.nanoTime();
        String last = null;
        for (int i = 0; i < 7; i++) {
            int n = i;
            last = mvc.perform(post("/mot-de-passe-oublie").param("identifiant", who).with(csrf())
                    .with(r -> { r.setRemoteAddr("10.80." + n + ".1"); return r; }))
                    .andReturn().getResponse().getContentAsString();
        }
        assertThat(Jsoup.parse(last).select("#erreur-demande").text()).contains("Trop de demandes");
        var empty = mvc.perform(post("/mot-de-passe-oublie").param("identifiant", " ").with(csrf()))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(empty.getContentAsString()).select("#identifiant-erreur").text()).contains("Saisissez");
        var control = mvc.perform(post("/mot-de-passe-oublie").param("identifiant", "a\u0007b").with(csrf()))
                .andReturn().getResponse();
        // refused next to the field, or (when an upstream filter already removed the control character) answered
        // like any other identifier: never an error page
        assertThat(control.getStatus()).isIn(200, 302);
    }
}
