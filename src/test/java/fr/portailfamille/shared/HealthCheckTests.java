package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /sante}, the load balancer's health check, over real HTTP (every servlet filter, Spring Session's
 * included): 200 without a session, a cookie or a detail. HAProxy calls it every second on each instance; the login
 * page it called before made a new session row each time.
 */
@PortalTest
class HealthCheckTests {

    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long sessionsCreatedSince(long millis) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE creation_time >= :t").param("t", millis)
                .query(Long.class).single();
    }

    @Test
    void twentyChecksAnswerOkWithoutASessionOrACookie() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
        long start = System.currentTimeMillis();
        for (int i = 0; i < 20; i++) {
            var response = get("/sante");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("OK");
            assertThat(response.headers().allValues("Set-Cookie")).as("no cookie").isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
        assertThat(sessionsCreatedSince(start)).as("no session created").isZero();
        // the cleanup of expired sessions may run meanwhile: the count may only go down
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single())
                .isLessThanOrEqualTo(before);
    }

    /** What the check replaces: the login page stores its CSRF token, hence a session, for every caller. */
    @Test
    void theLoginPageTheCheckUsedBeforeCreatesASessionEachTime() throws Exception {
        long start = System.currentTimeMillis();
        var response = get("/connexion");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("PFSESSION="));
        assertThat(sessionsCreatedSince(start)).isEqualTo(1);
    }

    @Test
    void onlyGetIsOpenAndOtherPathsStayClosed() throws Exception {
        var post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sante"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("no CSRF token: refused").isEqualTo(403);
        var below = get("/sante/details");
        assertThat(below.statusCode()).as("to the login page").isEqualTo(302);
    }
}
