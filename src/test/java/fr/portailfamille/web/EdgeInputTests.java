package fr.portailfamille.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Absurd input at the edge — dates of year 1 or +999999999, a broken or huge multipart body, an empty file, the
 * error page opened by hand — gets a clear French answer, never a 500.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class EdgeInputTests {

    private static final String DATE_MESSAGE = "Date invalide : saisissez une date réelle entre 1900";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Activities activities;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private long bookableActivity() {
        return TestActivities.openEveryDay(activities, clock, "Bornes", true);
    }

    // ---- dates in addresses

    @Test
    void implausibleMonthsInAddressesShowTodaysMonth() throws Exception {
        var family = fixtures.family("Mois");
        long activity = bookableActivity();
        for (String month : new String[] {"0001-01", "1582-10", "+999999999-12", "2026-13"}) {
            assertThat(mvc.perform(get("/enfants/" + family.childId() + "/agenda").param("mois", month)
                    .param("activite", Long.toString(activity)).with(logins.as(family.login()))).andReturn()
                    .getResponse().getStatus()).as("agenda ?mois=%s", month).isEqualTo(200);
            assertThat(mvc.perform(get("/gestion/activites/" + activity + "/jours").param("mois", month)
                    .with(logins.as("demo.agent"))).andReturn().getResponse().getStatus())
                    .as("agent days ?mois=%s", month).isEqualTo(200);
        }
    }

    @Test
    void implausibleDaysInAddressesAnswerTheFrench400() throws Exception {
        var family = fixtures.family("Jours");
        long activity = bookableActivity();
        for (String day : new String[] {"0001-01-01", "+999999999-12-31"}) {
            assertThat(mvc.perform(post("/enfants/" + family.childId() + "/agenda").with(logins.as(family.login()))
                    .with(csrf()).param("activite", Long.toString(activity)).param("jours", day)).andReturn()
                    .getResponse().getStatus()).as("agenda jours=%s", day).isEqualTo(400);
            for (String page : new String[] {"/jours/" + day, "/jours/" + day + "/presences"}) {
                assertThat(mvc.perform(get("/gestion/activites/" + activity + page).with(logins.as("demo.agent")))
                        .andReturn().getResponse().getStatus()).as(page).isEqualTo(400);
            }
        }
        String cookie = login("demo.agent", "Demo-Agent-2026");
        var response = fetch("/gestion/activites/" + activity + "/jours/0001-01-01", cookie);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Demande illisible");
        assertThat(response.body()).contains("une date hors des limites acceptées");
    }

    @Test
    void anAbsenceOfYearOneOrOfTheFarFutureGetsTheMessageNextToTheField() throws Exception {
        var family = fixtures.family("Absente");
        for (String day : new String[] {"0001-01-01", "+999999999-12-31"}) {
            var response = mvc.perform(multipart("/enfants/" + family.childId() + "/absence")
                    .with(logins.as(family.login())).with(csrf()).param("firstDay", day).param("reason", "ILLNESS"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(day).isEqualTo(200);
            var html = Jsoup.parse(response.getContentAsString());
            assertThat(html.select("#firstDay-erreur, .field-error").text()).as(day).contains(DATE_MESSAGE);
            assertThat(html.select("#firstDay").val()).as("typed value kept").isEqualTo(day);
        }
    }

    @Test
    void agentDateFieldsRefuseDatesOutsideThePlausibleRange() throws Exception {
        var agent = logins.as("demo.admin");
        long activity = bookableActivity();
        var family = fixtures.family("Agent");

        var closing = mvc.perform(post("/gestion/activites/" + activity + "/fermetures").with(agent).with(csrf())
                .param("jour", "0001-01-01")).andReturn().getResponse();
        assertThat(closing.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(closing.getContentAsString()).select("#jour-erreur").text()).contains(DATE_MESSAGE);
        assertThat(activities.get(activity).closingDays()).isEmpty();

        var period = mvc.perform(post("/gestion/activites/" + activity + "/periodes").with(agent).with(csrf())
                .param("label", "Été").param("start", "+999999999-12-31").param("end", "0001-01-01")).andReturn()
                .getResponse();
        assertThat(period.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(period.getContentAsString()).select(".field-error").text())
                .doesNotContain("{").isNotBlank();
        assertThat(activities.get(activity).periods()).hasSize(1);

        var run = mvc.perform(post("/gestion/facturation/lancer").with(agent).with(csrf()).param("month", "0001-01")
                .param("issueDate", "+999999999-12-31")).andReturn().getResponse();
        assertThat(run.getStatus()).isEqualTo(200);
        var runHtml = Jsoup.parse(run.getContentAsString());
        assertThat(runHtml.select("#month-erreur").text()).isNotBlank();
        assertThat(runHtml.select("#issueDate-erreur").text()).contains(DATE_MESSAGE);

        var payment = mvc.perform(post("/gestion/familles/" + family.householdId() + "/reglement").with(agent)
                .with(csrf()).param("receivedOn", "0001-01-01").param("mode", "CHEQUE").param("amount", "10,00"))
                .andReturn().getResponse();
        assertThat(payment.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(payment.getContentAsString()).select("#receivedOn-erreur").text())
                .contains(DATE_MESSAGE);

        var debit = mvc.perform(post("/gestion/facturation/prelevements").with(agent).with(csrf())
                .param("collectionDate", "+999999999-12-31")).andReturn();
        assertThat(debit.getResponse().getStatus()).isEqualTo(302);
        assertThat(debit.getFlashMap().get("ddError")).isEqualTo("date.implausible");
    }

    // ---- error pages and multipart bodies, over real HTTP (Tomcat parses the body)

    @Test
    void theErrorPageOpenedDirectlyIsNotFound() throws Exception {
        assertThat(fetch("/error", null).statusCode()).isEqualTo(404);
        assertThat(fetch("/error", login("demo.famille", "Demo-Famille-2026")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedMultipartBodyGetsTheFrench400Page(CapturedOutput output) throws Exception {
        String cookie = login("demo.famille", "Demo-Famille-2026");
        String token = token("/messages/nouveau", cookie);
        var response = http.send(HttpRequest.newBuilder(uri("/messages/nouveau"))
                .header("Content-Type", "multipart/form-data; boundary=zz").header("Cookie", cookie)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("--zz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + token + "\r\n--zz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\ntronqu")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Demande illisible");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void attachmentsOverTheLimitGetTheFormMessageNextToTheField(CapturedOutput output) throws Exception {
        String cookie = login("demo.famille", "Demo-Famille-2026");
        for (int size : new int[] {6_000_000, 8_500_000, 20_000_000}) {
            var response = postAttachment(cookie, size);
            assertThat(response.statusCode()).as("%s bytes", size).isEqualTo(200);
            var html = Jsoup.parse(response.body());
            assertThat(html.select("#attachment-erreur, .field-error").text()).as("%s bytes", size)
                    .contains("Le fichier dépasse 5 Mo.");
            assertThat(html.select("#subject").val()).as("typed subject kept").isEqualTo("Sujet");
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("HTTP Status 413");
    }

    @Test
    void aBodyBeyondTheServletLimitGetsTheFrench413Page(CapturedOutput output) throws Exception {
        String cookie = login("demo.famille", "Demo-Famille-2026");
        var response = postAttachment(cookie, 45_000_000);
        assertThat(response.statusCode()).isEqualTo(413);
        var html = Jsoup.parse(response.body());
        assertThat(html.select("html").attr("lang")).isEqualTo("fr");
        assertThat(html.select("h1").text()).isEqualTo("Fichier trop volumineux");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void anEmptyAttachmentOrCertificateIsRefusedWithAMessage() throws Exception {
        var family = fixtures.family("Vide");
        var empty = new MockMultipartFile("attachment", "vide.pdf", "application/pdf", new byte[0]);
        var message = mvc.perform(multipart("/messages/nouveau").file(empty).with(logins.as(family.login()))
                .with(csrf()).param("subject", "Sujet").param("body", "Corps")).andReturn().getResponse();
        assertThat(message.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(message.getContentAsString()).select(".field-error").text())
                .contains("Le fichier est vide.");

        var certificate = new MockMultipartFile("certificat", "certificat.pdf", "application/pdf", new byte[0]);
        var absence = mvc.perform(multipart("/enfants/" + family.childId() + "/absence").file(certificate)
                .with(logins.as(family.login())).with(csrf())
                .param("firstDay", LocalDate.now(clock).plusDays(3).toString()).param("reason", "ILLNESS"))
                .andReturn().getResponse();
        assertThat(absence.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(absence.getContentAsString()).select("#certificat-erreur").text())
                .isEqualTo("Le fichier est vide.");

        // no file chosen: the browser sends a nameless empty part, which is not a refusal
        var none = new MockMultipartFile("attachment", "", "application/octet-stream", new byte[0]);
        assertThat(mvc.perform(multipart("/messages/nouveau").file(none).with(logins.as(family.login()))
                .with(csrf()).param("subject", "Sujet").param("body", "Corps")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    private HttpResponse<String> postAttachment(String cookie, int size) throws Exception {
        String token = token("/messages/nouveau", cookie);
        var body = new ByteArrayOutputStream();
        String boundary = "BORNE";
        body.write(part(boundary, "_csrf", token));
        body.write(part(boundary, "subject", "Sujet"));
        body.write(part(boundary, "body", "Corps du message"));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"scan.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(UTF_8));
        body.write(new byte[size]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/messages/nouveau"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", cookie)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] part(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> fetch(String path, String cookie) throws Exception {
        var builder = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String page, String cookie) throws Exception {
        return Jsoup.parse(fetch(page, cookie).body()).select("input[name=_csrf]").val();
    }

    private String login(String user, String password) throws Exception {
        var page = fetch("/connexion", null);
        String cookie = sessionCookie(page);
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        var response = http.send(HttpRequest.newBuilder(uri("/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("identifiant=" + user + "&motDePasse=" + password
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return sessionCookie(response);
    }

    /** The session cookie among the answer's cookies (the login also sets the device cookie). */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PFSESSION="))
                .findFirst().orElseThrow().split(";")[0];
    }
}
