package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.SessionCookie;
import fr.portailfamille.support.StatementLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a logged-in request costs in the session store and the account table (the opening rush: every family's
 * request goes through these), and that the password check keeps its guarantee across instances without reading
 * the account on each request.
 */
@PortalTest
class SessionCostTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AccountStore accounts;
    @Autowired ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    @Autowired AccountAdministration administration;

    private SessionCookie logIn(Fixtures.TestFamily family) throws Exception {
        var browser = new SessionCookie();
        browser.perform(mvc, post("/connexion").param("identifiant", family.login())
                .param("motDePasse", Fixtures.PASSWORD).with(csrf())
                .with(r -> { r.setRemoteAddr("10.79.0.1"); return r; }));
        assertThat(browser.value()).isNotNull();
        return browser;
    }

    @Test
    void aPageThatChangesNothingInItsSessionWritesNoSessionRowAndReadsNoAccount() throws Exception {
        var family = fixtures.family("Calme");
        var browser = logIn(family);
        assertThat(browser.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200);

        var statements = StatementLog.record(() ->
                assertThat(browser.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200));

        assertThat(statements).map(sql -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .as("the session is read once")
                .filteredOn(sql -> sql.contains("from spring_session s")).hasSize(1);
        assertThat(statements).map(sql -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .noneMatch(sql -> sql.startsWith("update spring_session") || sql.startsWith("insert into spring_session")
                        || sql.startsWith("delete from spring_session"))
                .noneMatch(sql -> sql.contains("from account where id"));
    }

    @Test
    void aPasswordChangedOnAnotherInstanceEndsTheSessionThroughTheSessionStoreAtOnce() throws Exception {
        var family = fixtures.family("Ailleurs");
        var browser = logIn(family);
        assertThat(browser.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200); // stamp kept here

        // another instance (its own stamps, the same database) sets a new password
        var otherInstance = new AccountStamps(accounts, sessions);
        jdbc.sql("UPDATE account SET password_changed_at = CURRENT_TIMESTAMP WHERE id = :id")
                .param("id", family.accountId()).update();
        otherInstance.changed(family.accountId(), family.login());

        // this instance's copy of the stamp is the old one, yet the session ends at its next request
        assertThat(browser.perform(mvc, get("/enfants")).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?expiree");
        // and a new login on this instance works with the new stamp
        var again = logIn(family);
        assertThat(again.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRequest() throws Exception {
        var family = fixtures.family("Desactive");
        var browser = logIn(family);
        assertThat(browser.perform(mvc, get("/enfants")).getResponse().getStatus()).isEqualTo(200);

        administration.setEnabled(family.accountId(), false);

        assertThat(browser.perform(mvc, get("/enfants")).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?expiree");
    }
    /**
     * Two requests of one new session (a page and the next, a double tap) each add the same attribute: with Spring
     * Session's plain INSERT the second failed on the primary key (an error page during the rush, bench/rush run 04).
     */
    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
        org.junit.jupiter.api.Assumptions.assumeTrue(fr.portailfamille.support.TestDatabase.isPostgres(),
                "the upsert is PostgreSQL's");
        var store = store();
        var created = store.createSession();
        save(store, created);
        var first = store.findById(created.getId());
        var second = store.findById(created.getId());
        first.setAttribute(SessionPasswordCheck.STAMP, "a");
        second.setAttribute(SessionPasswordCheck.STAMP, "b");
        save(store, first);
        save(store, second); // an update, not a duplicate key
        assertThat((String) store.findById(created.getId()).getAttribute(SessionPasswordCheck.STAMP)).isEqualTo("b");
        store.deleteById(created.getId());
    }

    /** A session save does not wait for the WAL (the rush's commits did); a deletion (a logout) still does. */
    @Test
    void aSessionSaveCommitsWithoutWaitingForTheWalButADeletionWaits() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(fr.portailfamille.support.TestDatabase.isPostgres(),
                "synchronous_commit is PostgreSQL's");
        var store = store();
        var session = store.createSession();
        session.setAttribute("portail.test", "x");
        var saved = StatementLog.record(() -> save(store, session));
        assertThat(saved).map(sql -> sql.toLowerCase(Locale.ROOT))
                .anyMatch(sql -> sql.contains("synchronous_commit = off"))
                .anyMatch(sql -> sql.contains("insert into spring_session"));
        var deleted = StatementLog.record(() -> store.deleteById(session.getId()));
        assertThat(deleted).map(sql -> sql.toLowerCase(Locale.ROOT))
                .noneMatch(sql -> sql.contains("synchronous_commit"))
                .anyMatch(sql -> sql.contains("delete from spring_session"));
    }

    @SuppressWarnings("unchecked")
    private FindByIndexNameSessionRepository<Session> store() {
        return (FindByIndexNameSessionRepository<Session>) sessions.getObject();
    }

    private static void save(FindByIndexNameSessionRepository<Session> store, Session session) {
        store.save(session);
    }
}
