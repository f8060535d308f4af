package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.HttpFamily;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The login waiting room: an immediate answer with a position when the hashing gate is full, admission in order. */
@PortalTest
class LoginWaitingRoomTests {

    @Autowired LoginWaitingRoom waitingRoom;
    @Autowired HashingGate gate;
    @Autowired LoginTicketStore tickets;
    @Autowired Fixtures fixtures;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private static MockHttpServletRequest loginPost(String login) {
        var request = new MockHttpServletRequest("POST", "/connexion");
        request.setParameter("identifiant", login);
        request.setParameter("motDePasse", "un mot de passe");
        return request;
    }

    @Test
    void whenTheGateIsFullEachLoginIsAnsweredAtOnceAndCheckedInArrivalOrder() throws Exception {
        var release = new CountDownLatch(1);
        List<String> checked = Collections.synchronizedList(new ArrayList<>());
        AuthenticationManager slow = token -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            checked.add(token.getName());
            return UsernamePasswordAuthenticationToken.authenticated(token.getName(), null, List.of());
        };
        var room = new LoginWaitingRoom(new HashingGate(gate, 1), slow, tickets, clock, 0);
        room.queueAfter(0); // every login waits its turn
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            var request = loginPost("file." + i);
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();
            room.doFilter(request, response, chain);
            // answered before any password was checked (the checks are all blocked)
            assertThat(response.getStatus()).isEqualTo(303);
            assertThat(response.getHeader("Location")).isEqualTo(LoginQueueController.PATH);
            assertThat(chain.getRequest()).as("not passed on to the login filter").isNull();
            ids.add((Long) request.getSession().getAttribute(LoginWaitingRoom.TICKET));
        }
        assertThat(checked).isEmpty();
        assertThat(tickets.position(ids.get(5)) - tickets.position(ids.get(0))).isEqualTo(5);
        assertThat(ids).as("this instance holds every waiting ticket").allMatch(room::holds);

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (checked.size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(checked).containsExactly("file.0", "file.1", "file.2", "file.3", "file.4", "file.5");
        long released = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ids.stream().anyMatch(room::holds) && System.nanoTime() < released) {
            Thread.sleep(20);
        }
        assertThat(ids).as("a checked ticket is no longer held").noneMatch(room::holds);
        for (long id : ids) {
            assertThat(tickets.find(id).orElseThrow().status()).isEqualTo(LoginTicketStore.Status.ADMITTED);
            tickets.delete(id);
        }
        room.destroy();
    }

    @Test
    void aQueuedFamilyWaitsOnTheFrenchPageAndIsLoggedInAtItsTurn() throws Exception {
        var family = fixtures.family("File");
        waitingRoom.queueAfter(0);
        try {
            var http = new HttpFamily(port);
            var posted = http.logIn(family.login());
            assertThat(posted.statusCode()).isEqualTo(303);
            assertThat(posted.headers().firstValue("Location")).hasValue(LoginQueueController.PATH);

            var page = http.get(LoginQueueController.PATH);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (page.statusCode() == 200 && System.nanoTime() < deadline) {
                var html = Jsoup.parse(page.body());
                assertThat(html.select("[role=status]").text()).matches("Vous êtes dans la file d'attente, position \\d+\\.");
                assertThat(html.selectFirst("meta[http-equiv=refresh]")).isNotNull();
                assertThat(html.text()).contains("La page se met à jour seule");
                Thread.sleep(100);
                page = http.get(LoginQueueController.PATH);
            }
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/");
            assertThat(http.get("/").statusCode()).isEqualTo(200);

            var wrong = new HttpFamily(port);
            var fields = new java.util.LinkedHashMap<String, String>();
            fields.put("identifiant", family.login());
            fields.put("motDePasse", "pas le bon");
            assertThat(wrong.post("/connexion", "/connexion", fields).statusCode()).isEqualTo(303);
            var outcome = wrong.get(LoginQueueController.PATH);
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outcome.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                outcome = wrong.get(LoginQueueController.PATH);
            }
            assertThat(outcome.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?erreur");
            assertThat(Jsoup.parse(wrong.get("/connexion?erreur").body()).select("#erreur-connexion").text())
                    .isEqualTo("Identifiant ou mot de passe incorrect.");
        } finally {
            waitingRoom.queueAfter(2 * gate.permits());
        }
    }

    @Test
    void withoutATicketThePageLeadsToTheLoginForm() throws Exception {
        var response = new HttpFamily(port).get(LoginQueueController.PATH);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    }
}
