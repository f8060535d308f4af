package fr.portailfamille.account;

import java.time.Duration;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PortalTest
class LoginTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired Logins logins;
    @Autowired AccountAdministration administration;
    @Autowired JdbcClient jdbc;

    private static int addressSequence = 10;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "10.20.0." + (addressSequence++);
    }

    private MvcResult attempt(String login, String password, String address, SessionCookie session) throws Exception {
        return session.perform(mvc, post("/connexion").param("identifiant", login).param("motDePasse", password)
                .with(csrf()).with(from(address)));
    }

    /** The message the login page shows after a failed attempt. */
    private String messageAfter(String login, String password, String address) throws Exception {
        var session = new SessionCookie();
        var result = attempt(login, password, address, session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        var page = session.perform(mvc, get("/connexion").param("erreur", ""));
        var html = page.getResponse().getContentAsString();
        assertThat(html).contains("value=\"" + login + "\"");
        return org.jsoup.Jsoup.parse(html).select("#erreur-connexion").text();
    }

    @Test
    void aFamilyLogsInAndLandsOnAccueil() throws Exception {
        var result = attempt("demo.famille", "Demo-Famille-2026", newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void loginIgnoresTheCaseOfTheIdentifiant() throws Exception {
        var result = attempt("Demo.Famille", "Demo-Famille-2026", newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAgentLandsInGestion() throws Exception {
        var result = attempt("demo.agent", "Demo-Agent-2026", newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/gestion");
    }

    @Test
    void theLoginGivesANewSessionId() throws Exception {
        var session = new SessionCookie();
        attempt("demo.famille", "pas le bon mot de passe", newAddress(), session); // a session before the login
        String before = session.value();
        assertThat(before).isNotNull();
        attempt("demo.famille", "Demo-Famille-2026", newAddress(), session);
        assertThat(session.value()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void unknownLoginAndWrongPasswordGetTheSameMessage() throws Exception {
        var family = fixtures.family("Message");
        String wrongPassword = messageAfter(family.login(), "pas le bon mot de passe", newAddress());
        String unknownLogin = messageAfter("personne.inconnue", "pas le bon mot de passe", newAddress());
        assertThat(wrongPassword).isEqualTo("Identifiant ou mot de passe incorrect.").isEqualTo(unknownLogin);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordMustWait() throws Exception {
        var family = fixtures.family("Delai");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            messageAfter(family.login(), "mauvais " + i, address);
        }
        assertThat(messageAfter(family.login(), Fixtures.PASSWORD, address)).contains("Patientez 1 seconde");

        clock.advance(Duration.ofSeconds(2));
        var result = attempt(family.login(), Fixtures.PASSWORD, address, new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void unknownLoginsAreThrottledLikeKnownOnes() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            messageAfter("personne.absente", "mauvais " + i, address);
        }
        assertThat(messageAfter("personne.absente", "encore", newAddress())).contains("Patientez");
    }

    @Test
    void tenFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        var family = fixtures.family("Verrou");
        for (int i = 0; i < 10; i++) {
            messageAfter(family.login(), "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(20));
        }
        clock.reset();
        clock.advance(Duration.ofMinutes(200));
        assertThat(messageAfter(family.login(), Fixtures.PASSWORD, newAddress())).contains("bloqué");
        assertThat(administration.lockedLogins()).contains(family.login());

        mvc.perform(post("/gestion/comptes/deverrouiller").param("login", family.login())
                .with(csrf()).with(logins.as("demo.admin")));
        var result = attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theLockEndsAfterAnHour() throws Exception {
        var family = fixtures.family("Heure");
        for (int i = 0; i < 10; i++) {
            messageAfter(family.login(), "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(messageAfter(family.login(), Fixtures.PASSWORD, newAddress())).contains("bloqué");
        clock.advance(Duration.ofMinutes(61));
        var result = attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aWeakImportedPasswordStillLogsInButMustBeChangedAtOnce() throws Exception {
        var family = fixtures.family("Import");
        String login = "import." + family.householdId();
        administration.importFamilyAccount(login, "{bcrypt}" + new BCryptPasswordEncoder().encode("soleil2020"),
                "Import", family.householdId());
        var authenticated = new SessionCookie();
        var result = attempt(login, "soleil2020", newAddress(), authenticated);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe");

        var home = authenticated.perform(mvc, get("/"));
        assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe");
        var statement = authenticated.perform(mvc, get("/releve"));
        assertThat(statement.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe");

        var change = authenticated.perform(mvc, post("/mot-de-passe").with(csrf())
                .param("currentPassword", "soleil2020")
                .param("newPassword", "trois chats gris sur le toit")
                .param("confirmation", "trois chats gris sur le toit"));
        assertThat(change.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(authenticated.perform(mvc, get("/")).getResponse().getStatus()).isEqualTo(200);
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE login = :l").param("l", login)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2id}");
    }

    @Test
    void aTemporaryPasswordFromAnAdminMustBeChangedAtTheNextLogin() throws Exception {
        var family = fixtures.family("Provisoire");
        String temporary = administration.issueTemporaryPassword(family.accountId());
        var result = attempt(family.login(), temporary, newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe");
        var old = attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie());
        assertThat(old.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
    }

    @Test
    void aValidLoginUpgradesALegacyBcryptHash() throws Exception {
        var family = fixtures.family("Hash");
        String login = "legacy." + family.householdId();
        administration.importFamilyAccount(login, "{bcrypt}" + new BCryptPasswordEncoder().encode(Fixtures.PASSWORD),
                "Legacy", family.householdId());
        var result = attempt(login, Fixtures.PASSWORD, newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE login = :l").param("l", login)
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2id}");
    }

    @Test
    void logoutInvalidatesTheSession() throws Exception {
        var session = new SessionCookie();
        attempt("demo.famille", "Demo-Famille-2026", newAddress(), session);
        var cookie = session.cookie();
        assertThat(session.perform(mvc, get("/")).getResponse().getStatus()).isEqualTo(200);
        var logout = session.perform(mvc, post("/deconnexion").with(csrf()));
        assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/connexion?deconnecte");
        // the old cookie no longer opens a session: the row is gone from the database
        var again = mvc.perform(get("/").cookie(cookie)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).endsWith("/connexion");
    }
}
