package fr.portailfamille.account;

import java.time.Duration;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

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
    @Autowired ServerSecretStore secrets;

    private static int addressSequence = 10;

    /**
     * The throttle's waits (1 s, 2 s… after five failures) are judged on the test clock alone: stopped, it moves only
     * when a test advances it, however long the machine takes between two attempts (under load, the real seconds
     * between the fifth failure and the next attempt ran out the 1-second wait before the test looked at it).
     */
    @BeforeEach
    void freezeClock() {
        clock.freeze();
    }

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
        return attempt(login, password, address, session, null);
    }

    private MvcResult attempt(String login, String password, String address, SessionCookie session,
                              Cookie device) throws Exception {
        var request = post("/connexion").param("identifiant", login).param("motDePasse", password)
                .with(csrf()).with(from(address));
        if (device != null) {
            request.cookie(device);
        }
        return session.perform(mvc, request);
    }

    /** The message after a failed attempt from a browser holding the given device cookie. */
    private String messageWith(Cookie device, String login, String password) throws Exception {
        var session = new SessionCookie();
        var result = attempt(login, password, newAddress(), session, device);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        var html = session.perform(mvc, get("/connexion").param("erreur", "")).getResponse().getContentAsString();
        return org.jsoup.Jsoup.parse(html).select("#erreur-connexion").text();
    }

    /** Logs in from a fresh browser and returns the device cookie it receives. */
    private Cookie deviceCookieOf(String login) throws Exception {
        var result = attempt(login, Fixtures.PASSWORD, newAddress(), new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie cookie = result.getResponse().getCookie(DeviceCookies.COOKIE);
        assertThat(cookie).isNotNull();
        return cookie;
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
    void theAnnouncedWaitIsTheRealOneRoundedUp() throws Exception {
        var family = fixtures.family("Attente");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            messageAfter(family.login(), "mauvais " + i, address);
        }
        clock.advance(Duration.ofSeconds(1));
        messageAfter(family.login(), "mauvais 5", address);
        // six failures: the next attempt waits 2 s (the clock is stopped: exactly 2)
        assertThat(messageAfter(family.login(), Fixtures.PASSWORD, address)).contains("Patientez 2 secondes");
        clock.advance(Duration.ofSeconds(2));
        var result = attempt(family.login(), Fixtures.PASSWORD, address, new SessionCookie());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theWaitIsRoundedUpToTheNextSecond() {
        assertThat(LoginOutcomeHandlers.secondsToWait(Duration.ofMillis(1_999))).isEqualTo(2);
        assertThat(LoginOutcomeHandlers.secondsToWait(Duration.ofMillis(15_001))).isEqualTo(16);
        assertThat(LoginOutcomeHandlers.secondsToWait(Duration.ofSeconds(4))).isEqualTo(4);
        assertThat(LoginOutcomeHandlers.secondsToWait(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void aBrowserThatLoggedInBeforeIsNotLockedOutByStrangers() throws Exception {
        var family = fixtures.family("Appareil");
        Cookie device = deviceCookieOf(family.login());
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/connexion");
        for (int i = 0; i < 10; i++) {
            messageAfter(family.login(), "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(1));
        }
        // strangers (no device cookie) are locked out, even with the right password
        assertThat(messageAfter(family.login(), Fixtures.PASSWORD, newAddress())).contains("bloqué");
        // the family's own browser is not
        var result = attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie(), device);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        // and an agent's neither
        String agentLogin = "agent.appareil." + System.nanoTime();
        administration.createStaffAccount(agentLogin, Fixtures.PASSWORD, "Agent Appareil", false, false);
        Cookie agentDevice = attempt(agentLogin, Fixtures.PASSWORD, newAddress(), new SessionCookie())
                .getResponse().getCookie(DeviceCookies.COOKIE);
        for (int i = 0; i < 10; i++) {
            messageAfter(agentLogin, "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(messageAfter(agentLogin, Fixtures.PASSWORD, newAddress())).contains("bloqué");
        var agent = attempt(agentLogin, Fixtures.PASSWORD, newAddress(), new SessionCookie(), agentDevice);
        assertThat(agent.getResponse().getRedirectedUrl()).isEqualTo("/gestion");
    }

    @Test
    void aTrustedBrowserHasItsOwnCounterAndLock() throws Exception {
        var family = fixtures.family("Compteur");
        Cookie device = deviceCookieOf(family.login());
        for (int i = 0; i < 5; i++) {
            messageWith(device, family.login(), "mauvais " + i);
        }
        assertThat(messageWith(device, family.login(), Fixtures.PASSWORD)).contains("Patientez");
        // the browser's failures did not delay other clients of that login
        assertThat(attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie())
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        for (int i = 5; i < 10; i++) {
            clock.advance(Duration.ofMinutes(16));
            messageWith(device, family.login(), "mauvais " + i);
        }
        assertThat(messageWith(device, family.login(), Fixtures.PASSWORD)).contains("bloqué");
        // the admins' unlock of the login unlocks its trusted browsers too
        administration.unlock(family.login());
        assertThat(attempt(family.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie(), device)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aForgedOrForeignDeviceCookieGivesNoTrust() throws Exception {
        var family = fixtures.family("Falsifie");
        var other = fixtures.family("Autre");
        Cookie otherDevice = deviceCookieOf(other.login());
        Cookie own = deviceCookieOf(family.login());
        String[] parts = own.getValue().split("\\.");
        Cookie forged = new Cookie(DeviceCookies.COOKIE, parts[0] + ".AAAAAAAAAAAAAAAAAAAAAA." + parts[2]);
        for (int i = 0; i < 10; i++) {
            messageAfter(family.login(), "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(messageWith(forged, family.login(), Fixtures.PASSWORD)).contains("bloqué");
        assertThat(messageWith(otherDevice, family.login(), Fixtures.PASSWORD)).contains("bloqué");
    }

    @Test
    void theDeviceKeyIsGeneratedOnceAndSharedThroughTheDatabase() throws Exception {
        var family = fixtures.family("Instance");
        Cookie device = deviceCookieOf(family.login());
        assertThat(secrets.find("device-cookie")).isPresent();
        // another instance (or this one after a restart) with no key configured reads the same key
        var anotherInstance = new DeviceCookies("", secrets, clock);
        assertThat(anotherInstance.deviceKey(family.login(), device.getValue())).isPresent();
    }

    @Test
    void oneBrowserKeepsTheDevicesOfSeveralLogins() throws Exception {
        var first = fixtures.family("Premier");
        var second = fixtures.family("Second");
        Cookie device = deviceCookieOf(first.login());
        var again = attempt(second.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie(), device);
        Cookie both = again.getResponse().getCookie(DeviceCookies.COOKIE);
        for (int i = 0; i < 10; i++) {
            messageAfter(first.login(), "mauvais " + i, newAddress());
            messageAfter(second.login(), "mauvais " + i, newAddress());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(attempt(first.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie(), both)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(attempt(second.login(), Fixtures.PASSWORD, newAddress(), new SessionCookie(), both)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
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
