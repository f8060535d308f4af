package fr.portailfamille.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Over real HTTP (Tomcat renders the error pages and sets the cookies) and through MockMvc. */
@PortalTest
class ErrorAndHeaderTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> fetch(String path, String cookie) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in over HTTP like a browser and returns the session cookie. */
    private String login(String user, String password) throws Exception {
        var page = fetch("/connexion", null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        var form = "identifiant=" + user + "&motDePasse=" + password + "&_csrf=" + token;
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("PFSESSION=")).findFirst().orElseThrow();
    }

    @Test
    void sessionCookieIsHttpOnlyAndLax() throws Exception {
        var page = fetch("/connexion", null);
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("PFSESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void safeHeadersOnEveryPage() throws Exception {
        var page = fetch("/connexion", null);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void hstsWhenServedOverHttps() throws Exception {
        var response = mvc.perform(get("/connexion").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void unknownPagesGetTheFrench404Page() throws Exception {
        String cookie = login("demo.famille", "Demo-Famille-2026");
        var response = fetch("/cette-page-n-existe-pas", cookie);
        assertThat(response.statusCode()).isEqualTo(404);
        var html = Jsoup.parse(response.body());
        assertThat(html.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void anotherFamilysChildIsA404NotA403() throws Exception {
        String cookie = login("demo.bernard", "Demo-Bernard-2026");
        var response = fetch("/enfants/1", cookie);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page introuvable");
        assertThat(response.body()).doesNotContain("NotFoundException").doesNotContain("child");
    }

    @Test
    void forbiddenPagesGetTheFrench403Page() throws Exception {
        String cookie = login("demo.bernard", "Demo-Bernard-2026");
        var response = fetch("/gestion", cookie);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Accès refusé");
    }

    @Test
    void serverErrorsShowNoStackTrace() throws Exception {
        String cookie = login("demo.bernard", "Demo-Bernard-2026");
        var response = fetch("/enfants/pas-un-nombre", cookie);
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at fr.portailfamille")
                .doesNotContain("NumberFormat");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isNotBlank();
    }

    @Test
    void serverErrorsGetTheFrench500PageWithoutDetails() throws Exception {
        String cookie = login("demo.bernard", "Demo-Bernard-2026");
        var response = fetch("/essai/panne", cookie);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Une erreur est survenue");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000");
    }
}
