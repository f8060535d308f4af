package fr.portailfamille.account;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Over real HTTP, through Tomcat's RemoteIpValve: forwarded headers count only from the trusted proxies
 * (127.0.0.1 and ::1 by default), and the Host header never reaches a Location header or a page. The untrusted
 * client connects from another loopback address (127.x.y.z), which Boot's default list of proxies trusted.
 */
@PortalTest
class ForwardedHeadersTests {

    private static final String EVIL = "evil.example";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired MockMvc mvc;

    record Response(int status, List<String> headers, String body) {
        String header(String name) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }

        String cookie(String name) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(h -> h.substring(11).strip().split(";")[0]).filter(c -> c.startsWith(name + "="))
                    .findFirst().orElse(null);
        }
    }

    /** One HTTP/1.1 exchange from the given local address, with the given extra header lines. */
    private Response exchange(String from, String method, String path, String body, String... headers)
            throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hostGiven = false;
            for (String header : headers) {
                request.append(header).append("\r\n");
                hostGiven |= header.regionMatches(true, 0, "Host:", 0, 5);
            }
            if (!hostGiven) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            List<String> headerLines = new ArrayList<>(List.of(head).subList(1, head.length));
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headerLines, text.substring(end + 4));
        }
    }

    private static String untrustedAddress() {
        var random = ThreadLocalRandom.current();
        return "127." + random.nextInt(10, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(2, 250);
    }

    private static String documentationAddress() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 100) + "." + random.nextInt(1, 250);
    }

    private static String form(String login, String password, String token) {
        return "identifiant=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&motDePasse="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
    }

    /** A failed login from the given address, with the given extra headers; answers the redirect. */
    private Response failedLogin(String from, String login, String... headers) throws Exception {
        var page = exchange(from, "GET", "/connexion", null, headers);
        String session = page.cookie("PFSESSION");
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        String[] withCookie = append(headers, "Cookie: " + session);
        return exchange(from, "POST", "/connexion", form(login, "pas le bon mot de passe", token), withCookie);
    }

    private static String[] append(String[] headers, String extra) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = extra;
        return all;
    }

    private int failuresOf(String key) {
        return jdbc.sql("SELECT COALESCE(SUM(window_failures), 0) FROM login_throttle WHERE throttle_key = :k")
                .param("k", key).query(Integer.class).single();
    }

    @Test
    void aForgedForwardedForFromAnUntrustedClientDoesNotChangeTheAddressTheThrottleSees() throws Exception {
        String from = untrustedAddress();
        String forged = documentationAddress();
        var response = failedLogin(from, "personne.inconnue", "X-Forwarded-For: " + forged);
        assertThat(response.status()).isEqualTo(302);
        assertThat(failuresOf(LoginThrottle.addressKey(from))).isEqualTo(1);
        assertThat(failuresOf(LoginThrottle.addressKey(forged))).isZero();
    }

    @Test
    void aTrustedProxyGivesTheClientAddress() throws Exception {
        String client = documentationAddress();
        failedLogin("127.0.0.1", "personne.inconnue", "X-Forwarded-For: " + client);
        assertThat(failuresOf(LoginThrottle.addressKey(client))).isEqualTo(1);
    }

    @Test
    void aForgedHostNeverReachesALocationHeader() throws Exception {
        var family = fixtures.family("Hote");
        String from = untrustedAddress();
        String host = "Host: " + EVIL;
        var protectedPage = exchange(from, "GET", "/releve", null, host);
        assertThat(protectedPage.status()).isEqualTo(302);
        assertThat(protectedPage.header("Location")).isEqualTo("/connexion");
        String session = protectedPage.cookie("PFSESSION");

        var page = exchange(from, "GET", "/connexion", null, host, "Cookie: " + session);
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        var login = exchange(from, "POST", "/connexion", form(family.login(), Fixtures.PASSWORD, token),
                host, "Cookie: " + session);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/releve");
        String loggedIn = login.cookie("PFSESSION");

        var statement = exchange(from, "GET", "/releve", null, host, "Cookie: " + loggedIn);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.body()).doesNotContain(EVIL);
        String logoutToken = Jsoup.parse(statement.body()).select("input[name=_csrf]").first().val();
        var logout = exchange(from, "POST", "/deconnexion", "_csrf=" + logoutToken, host, "Cookie: " + loggedIn);
        assertThat(logout.header("Location")).isEqualTo("/connexion?deconnecte");
    }

    @Test
    void aForwardedHostFromAnyoneNeverReachesALocationHeader() throws Exception {
        for (String from : List.of(untrustedAddress(), "127.0.0.1")) {
            var response = exchange(from, "GET", "/releve", null, "X-Forwarded-Host: " + EVIL,
                    "X-Forwarded-Proto: https");
            assertThat(response.status()).isEqualTo(302);
            assertThat(response.header("Location")).doesNotContain(EVIL).isEqualTo("/connexion");
            var failed = failedLogin(from, "personne.inconnue", "X-Forwarded-Host: " + EVIL);
            assertThat(failed.header("Location")).isEqualTo("/connexion?erreur");
        }
    }

    @Test
    void pageLinksUseThePortalAddressNotTheHostHeader() throws Exception {
        var family = fixtures.family("Lien");
        mvc.perform(post("/enfants/" + family.childId() + "/agenda/calendrier")
                .with(logins.as(family.login())).with(csrf()));
        String html = mvc.perform(get("/enfants/" + family.childId() + "/agenda/calendrier")
                .header("Host", EVIL).with(request -> {
                    request.setServerName(EVIL);
                    return request;
                }).with(logins.as(family.login()))).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain(EVIL).contains("http://localhost:8080/calendrier/");
    }

    @Test
    void theSettingTakesAddressesAndRanges() {
        assertThat(TrustedProxies.cidrs("127.0.0.1,::1")).isEqualTo("127.0.0.1/32, ::1/128");
        assertThat(TrustedProxies.cidrs(" 10.0.0.0/8 , fd00::/8 ")).isEqualTo("10.0.0.0/8, fd00::/8");
        assertThat(TrustedProxies.cidrs("")).isEmpty();
        assertThatThrownBy(() -> TrustedProxies.cidrs("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.cidrs("10.*")).isInstanceOf(IllegalArgumentException.class);
    }
}
