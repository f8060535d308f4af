package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.HttpFamily;
import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in the database, not in the instance's memory: any instance on the same database serves a family
 * that logged in on another, and a family keeps its session when its instance goes away.
 */
@PortalTest
class SharedSessionTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private int sessionsOf(String login) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :p").param("p", login)
                .query(Integer.class).single();
    }

    @Test
    void theSessionIsARowOfTheDatabaseAndOnlyThatRowKeepsTheFamilyLoggedIn() throws Exception {
        var family = fixtures.family("Session");
        var http = new HttpFamily(port);
        assertThat(http.logIn(family.login()).statusCode()).isEqualTo(302);
        assertThat(sessionsOf(family.login())).isEqualTo(1);
        assertThat(http.get("/").statusCode()).isEqualTo(200);

        // what another instance would see: the same cookie, found in the same table
        var sameCookie = new HttpFamily(port);
        http.cookies().getCookieStore().getCookies().forEach(c ->
                sameCookie.cookies().getCookieStore().add(java.net.URI.create("http://localhost:" + port), c));
        assertThat(sameCookie.get("/").statusCode()).isEqualTo(200);

        // the row is the session: without it, the family is asked to log in again
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :p").param("p", family.login()).update();
        var after = http.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
    }
}
