package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * « Créer mon espace famille » end to end over real SMTP (GreenMail): the form, the confirmation link, the
 * agents' queue, the household created on acceptance, the reason mailed on refusal, and the abuse guards.
 * Its own application context (spring.mail.host set): keep every onboarding SMTP test in it.
 */
@PortalTest
class SelfServiceAccountTests {

    static final int PORT = freePort();
    static final Pattern LINK = Pattern.compile("https://portail\\.example\\.fr/creer-mon-espace/confirmation\\?jeton=([A-Za-z0-9_-]+)");
    static final Pattern ACTIVATION = Pattern.compile("https://portail\\.example\\.fr(/activation/[A-Za-z0-9_-]+)");
    static final AtomicInteger ADDRESS = new AtomicInteger(10);
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("portail.base-url", () -> "https://portail.example.fr");
        registry.add("portail.mail.from", () -> "portail@example.fr");
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Requests requests;
    @Autowired Households households;
    @Autowired Logins logins;
    @Autowired TestClock clock;
    @Autowired AccountAdministration accounts;
    @Autowired AccountRequests accountRequests;

    /** Each test writes from its own client address, so that the per-address limit counts only its requests. */
    String clientAddress;

    @BeforeEach
    void setUp() {
        if (smtp == null || !smtp.isRunning()) {
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        clientAddress = "10.9.0." + ADDRESS.incrementAndGet();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    static Map<String, String> validForm(String lastName, String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("civility", "Mme");
        form.put("lastName", lastName);
        form.put("firstName", "Nadia");
        form.put("birthDate", "1988-04-12");
        form.put("addressLine", "3 rue des Lilas");
        form.put("postalCode", "44100");
        form.put("city", "Val-Fleuri");
        form.put("phoneMobile", "06 11 22 33 44");
        form.put("email", email);
        form.put("enfants", "2");
        form.put("child1.firstName", "Yanis");
        form.put("child1.lastName", lastName);
        form.put("child1.birthDate", LocalDate.now().minusYears(7).toString());
        form.put("child1.sex", "M");
        form.put("child2.firstName", "Lina");
        form.put("child2.lastName", lastName);
        form.put("child2.birthDate", LocalDate.now().minusYears(4).toString());
        form.put("child2.sex", "F");
        return form;
    }

    MockHttpServletRequestBuilder submission(Map<String, String> form) {
        var request = post("/creer-mon-espace").with(csrf()).with(r -> {
            r.setRemoteAddr(clientAddress);
            return r;
        });
        form.forEach(request::param);
        return request;
    }

    @Test
    void aFamilyAsksConfirmsItsAddressAndAnAgentsAcceptanceCreatesTheHousehold() throws Exception {
        String email = "nadia.ferhat." + System.nanoTime() + "@example.net";
        var sent = mvc.perform(submission(validForm("Ferhat", email))).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/creer-mon-espace/envoyee");
        assertThat(page(get("/creer-mon-espace/envoyee")).select("h1").text()).isEqualTo("Vérifiez votre messagerie");
        assertThat(queued(email)).isEmpty(); // nothing reaches the agents before the address is confirmed

        String token = confirmationToken(email);
        var confirmPage = page(get("/creer-mon-espace/confirmation").param("jeton", token));
        assertThat(confirmPage.select("form button").text()).isEqualTo("Confirmer et transmettre ma demande");
        assertThat(queued(email)).isEmpty(); // opening the link (a mail scanner) confirms nothing

        var done = page(post("/creer-mon-espace/confirmation").param("jeton", token).with(csrf()));
        assertThat(done.text()).contains("votre demande est transmise au Service Jeunesse");
        List<Long> ids = queued(email);
        assertThat(ids).hasSize(1);
        var request = requests.get(ids.get(0));
        assertThat(request.kind()).isEqualTo("onboarding.account");
        assertThat(request.hasHousehold()).isFalse();
        assertThat(request.proposed()).containsEntry("lastName", "Ferhat").containsEntry("child2FirstName", "Lina");
        assertThat(jdbc.sql("SELECT form FROM account_request WHERE request_id = :r").param("r", request.id())
                .query(String.class).single()).isEqualTo("{}"); // the values live in the request only

        // the link works once
        var again = page(post("/creer-mon-espace/confirmation").param("jeton", token).with(csrf()));
        assertThat(again.text()).contains("déjà confirmée");
        assertThat(queued(email)).hasSize(1);

        // the agent sees the request like any other, its fields side by side
        var queue = page(get("/gestion/demandes").with(logins.as("demo.agent")));
        assertThat(queue.text()).contains("Création d'un espace famille", "Nouvelle famille (sans compte)");
        var detail = page(get("/gestion/demandes/" + request.id()).with(logins.as("demo.agent")));
        assertThat(detail.select("table.compare-table").text())
                .contains("Enfant 2 — prénom", "Lina", "Enfant 1 — sexe", "Garçon", "06 11 22 33 44");

        var accepted = mvc.perform(post("/gestion/demandes/" + request.id() + "/acceptation").with(csrf())
                .with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/gestion/demandes");
        assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.ACCEPTED);
        List<Long> created = households.withGuardianEmail(email);
        assertThat(created).hasSize(1);
        var household = households.household(created.get(0));
        assertThat(household.name()).isEqualTo("Famille Ferhat");
        assertThat(household.primary().phoneMobile()).isEqualTo("06 11 22 33 44");
        assertThat(households.children(created.get(0))).extracting(c -> c.firstName())
                .containsExactlyInAnyOrder("Yanis", "Lina");

        // the parent gets the invitation link, chooses a password under the policy and logs in
        var invitation = (String) awaitMail(email, "Votre accès au Portail Famille").getContent();
        var link = ACTIVATION.matcher(invitation);
        assertThat(link.find()).as(invitation).isTrue();
        var weak = mvc.perform(post(link.group(1)).param("newPassword", "motdepasse").param("confirmation", "motdepasse")
                .with(csrf())).andReturn().getResponse();
        assertThat(weak.getStatus()).isEqualTo(200);
        String password = "Le grand chêne du jardin de Lina";
        var chosen = mvc.perform(post(link.group(1)).param("newPassword", password).param("confirmation", password)
                .with(csrf())).andReturn().getResponse();
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/connexion?compteActive");
        var login = mvc.perform(post("/connexion").param("identifiant", email).param("motDePasse", password)
                .with(csrf())).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAcceptanceWhoseAddressBecameAnotherAccountsLoginIsStoppedWithAMessage() throws Exception {
        String email = "pris." + System.nanoTime() + "@example.net";
        mvc.perform(submission(validForm("Pris", email)));
        mvc.perform(post("/creer-mon-espace/confirmation").param("jeton", confirmationToken(email)).with(csrf()));
        long requestId = queued(email).get(0);
        long other = households.create("Famille Autre", "1 rue", "44100", "Val-Fleuri", true, null);
        accounts.importFamilyAccount(email, "{noop}x", "Autre", other);

        var response = mvc.perform(post("/gestion/demandes/" + requestId + "/acceptation").with(csrf())
                .with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/gestion/demandes/" + requestId);
        assertThat(requests.get(requestId).status()).isEqualTo(RequestStatus.PENDING);
        assertThat(households.withGuardianEmail(email)).isEmpty(); // rolled back with the decision
    }

    @Test
    void aRefusalSendsTheAgentsReasonByMailAndCreatesNothing() throws Exception {
        String email = "refus." + System.nanoTime() + "@example.net";
        mvc.perform(submission(validForm("Refus", email)));
        mvc.perform(post("/creer-mon-espace/confirmation").param("jeton", confirmationToken(email)).with(csrf()));
        long requestId = queued(email).get(0);

        var refused = mvc.perform(post("/gestion/demandes/" + requestId + "/refus").param("motif",
                "Vous n'habitez pas la commune : adressez-vous à votre mairie.").with(csrf())
                .with(logins.as("demo.agent"))).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/gestion/demandes");

        MimeMessage answer = awaitMail(email, "votre demande d'espace famille");
        assertThat((String) answer.getContent()).contains("Motif : Vous n'habitez pas la commune");
        assertThat(households.withGuardianEmail(email)).isEmpty();
    }

    @Test
    void badInputIsShownNextToItsFieldWithTheTypedValuesAndNothingIsStored() throws Exception {
        String email = "erreurs." + System.nanoTime() + "@example.net";
        var form = validForm("Erreur", email);
        form.put("lastName", "Dupont\u202Eevil");
        form.put("postalCode", "4410");
        form.put("child1.birthDate", LocalDate.now().plusYears(1).toString());
        form.put("child2.sex", "X");
        long before = count();

        var response = mvc.perform(submission(form)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#f-lastName-erreur").text()).contains("Caractères invisibles");
        assertThat(page.select("#f-postalCode-erreur").text()).isEqualTo("Code postal à 5 chiffres.");
        assertThat(page.select("#e1-birthDate-erreur").text()).contains("futur");
        assertThat(page.select("#e2-sex-erreur").text()).isEqualTo("Choix invalide.");
        assertThat(page.select("#f-lastName").attr("aria-describedby")).isEqualTo("f-lastName-erreur");
        assertThat(page.select("#f-city").val()).isEqualTo("Val-Fleuri");
        assertThat(page.select("#e2-firstName").val()).isEqualTo("Lina");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFormWithoutChildOrWithTooManyIsRefused() throws Exception {
        var form = validForm("Sansenfant", "sans." + System.nanoTime() + "@example.net");
        form.put("enfants", "1");
        Arrays.asList("firstName", "lastName", "birthDate", "sex").forEach(f -> form.remove("child1." + f));
        var none = Jsoup.parse(mvc.perform(submission(form)).andReturn().getResponse().getContentAsString());
        assertThat(none.select("#e1-firstName-erreur").text()).isEqualTo("Indiquez au moins un enfant.");

        var crafted = validForm("Nombreuse", "nombreuse." + System.nanoTime() + "@example.net");
        crafted.put("enfants", "50");
        crafted.put("child9.firstName", "Neuvième");
        var many = Jsoup.parse(mvc.perform(submission(crafted)).andReturn().getResponse().getContentAsString());
        assertThat(many.select(".notice-error").text()).isEqualTo("8 enfants au plus par demande.");
        assertThat(many.select("fieldset legend").eachText()).contains("Enfant 8").doesNotContain("Enfant 9");
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndAReminderInsteadOfALink() throws Exception {
        var response = mvc.perform(submission(validForm("Martin", "Claire.Martin@example.org"))).andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/creer-mon-espace/envoyee");
        MimeMessage reminder = awaitMail("claire.martin@example.org", "vous avez déjà un espace famille");
        assertThat((String) reminder.getContent()).contains("https://portail.example.fr/connexion")
                .doesNotContain("jeton");
    }

    @Test
    void oneClientAddressMaySendFiveRequestsAnHour() throws Exception {
        for (int i = 0; i < SubmissionLimit.PER_ADDRESS_PER_HOUR; i++) {
            var ok = mvc.perform(submission(validForm("Flot", "flot." + i + "." + System.nanoTime() + "@example.net")))
                    .andReturn().getResponse();
            assertThat(ok.getStatus()).isEqualTo(302);
        }
        long before = count();
        var refused = mvc.perform(submission(validForm("Flot", "flot.x." + System.nanoTime() + "@example.net")))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getContentAsString()).select(".notice-error").text())
                .contains("Trop de demandes envoyées depuis votre connexion");
        assertThat(count()).isEqualTo(before);

        clock.advance(Duration.ofMinutes(61));
        var later = mvc.perform(submission(validForm("Flot", "flot.y." + System.nanoTime() + "@example.net")))
                .andReturn().getResponse();
        assertThat(later.getStatus()).isEqualTo(302);
    }

    @Test
    void anExpiredOrUnknownLinkConfirmsNothing() throws Exception {
        String email = "expire." + System.nanoTime() + "@example.net";
        mvc.perform(submission(validForm("Expire", email)));
        String token = confirmationToken(email);
        clock.advance(Duration.ofHours(25));

        var expired = page(post("/creer-mon-espace/confirmation").param("jeton", token).with(csrf()));
        assertThat(expired.text()).contains("Ce lien n'est plus valable");
        var unknown = page(get("/creer-mon-espace/confirmation").param("jeton", "pas-un-jeton"));
        assertThat(unknown.text()).contains("Ce lien n'est plus valable");
        assertThat(unknown.select("form")).isEmpty();
        assertThat(queued(email)).isEmpty();

        // a day after its expiry, an unconfirmed request and what it holds are forgotten
        accountRequests.forgetUnconfirmed();
        assertThat(rows(email)).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        accountRequests.forgetUnconfirmed();
        assertThat(rows(email)).isZero();
    }

    // ---- the browser journey (same context: the mails go to this GreenMail)

    @LocalServerPort int port;

    @Test
    void journeyAFamilyAsksConfirmsAnAgentAcceptsAndTheParentLogsIn() throws Exception {
        Browser.requireOrSkip();
        String base = "http://localhost:" + port;
        String email = "journey." + System.nanoTime() + "@example.net";
        try (var browser = Browser.ofSize(1366, 900)) {
            WebDriver driver = browser.driver();
            driver.get(base + "/connexion");
            SelfServiceAccountTests.follow(driver, By.linkText("Créer mon espace famille"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Créer mon espace famille");
            Axe.assertNoSeriousViolations(driver, "Créer mon espace famille");
            fullShot(browser, "creer-mon-espace-1366.png");

            new Select(driver.findElement(By.id("f-civility"))).selectByVisibleText("Mme");
            type(driver, "f-lastName", "Journée");
            type(driver, "f-firstName", "Amandine");
            type(driver, "f-addressLine", "8 rue des Écoles");
            type(driver, "f-postalCode", "4410");
            type(driver, "f-city", "Val-Fleuri");
            type(driver, "f-phoneMobile", "06 55 44 33 22");
            type(driver, "f-email", email);
            type(driver, "e1-firstName", "Noé");
            type(driver, "e1-lastName", "Journée");
            date(driver, "e1-birthDate", LocalDate.now().minusYears(6));
            new Select(driver.findElement(By.id("e1-sex"))).selectByVisibleText("Garçon");
            SelfServiceAccountTests.follow(driver, By.cssSelector("button[value=ajouter-enfant]"));
            assertThat(driver.findElement(By.id("e1-firstName")).getAttribute("value")).isEqualTo("Noé");
            type(driver, "e2-firstName", "Maëlle");
            type(driver, "e2-lastName", "Journée");
            date(driver, "e2-birthDate", LocalDate.now().minusYears(3));
            new Select(driver.findElement(By.id("e2-sex"))).selectByVisibleText("Fille");
            SelfServiceAccountTests.follow(driver, By.cssSelector("button[value=envoyer]"));
            // the postal code is wrong: the message is next to the field, the rest is kept
            assertThat(driver.findElement(By.id("f-postalCode-erreur")).getText()).isEqualTo("Code postal à 5 chiffres.");
            assertThat(driver.findElement(By.id("e2-firstName")).getAttribute("value")).isEqualTo("Maëlle");
            Axe.assertNoSeriousViolations(driver, "Créer mon espace famille, avec erreur");
            fullShot(browser, "creer-mon-espace-erreur-1366.png");
            driver.findElement(By.id("f-postalCode")).clear();
            type(driver, "f-postalCode", "44100");
            SelfServiceAccountTests.follow(driver, By.cssSelector("button[value=envoyer]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre messagerie");
            Axe.assertNoSeriousViolations(driver, "Demande envoyée");
            fullShot(browser, "creer-mon-espace-envoyee-1366.png");

            driver.get(base + "/creer-mon-espace/confirmation?jeton=" + confirmationToken(email));
            Axe.assertNoSeriousViolations(driver, "Confirmer mon adresse");
            fullShot(browser, "creer-mon-espace-confirmation-1366.png");
            SelfServiceAccountTests.follow(driver, By.cssSelector("main form button"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText())
                    .contains("votre demande est transmise");
            fullShot(browser, "creer-mon-espace-confirmee-1366.png");

            // the agent accepts it in the queue
            driver.get(base + "/connexion");
            type(driver, "identifiant", "demo.agent");
            type(driver, "motDePasse", "Demo-Agent-2026");
            SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
            driver.get(base + "/gestion/demandes?type=onboarding.account");
            var links = driver.findElements(By.linkText("Création d'un espace famille"));
            SelfServiceAccountTests.follow(driver, links.get(links.size() - 1)::click);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Création d'un espace famille",
                    "Amandine Journée");
            assertThat(driver.findElement(By.cssSelector("table.compare-table")).getText()).contains("Maëlle", "Noé");
            Axe.assertNoSeriousViolations(driver, "Demande de création d'espace");
            fullShot(browser, "gestion-demande-espace-1366.png");
            SelfServiceAccountTests.follow(driver, By.xpath("//form[contains(@action,'/acceptation')]//button"));
            assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).isNotEmpty();
            SelfServiceAccountTests.follow(driver, By.cssSelector("form.logout-form button"));

            // the parent follows the invitation, chooses a password and logs in
            var invitation = (String) awaitMail(email, "Votre accès au Portail Famille").getContent();
            var link = ACTIVATION.matcher(invitation);
            assertThat(link.find()).isTrue();
            driver.get(base + link.group(1));
            String password = "Noé et Maëlle vont au centre de loisirs";
            type(driver, "newPassword", password);
            type(driver, "confirmation", password);
            SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
            type(driver, "identifiant", email);
            type(driver, "motDePasse", password);
            SelfServiceAccountTests.follow(driver, By.cssSelector("main form button[type=submit]"));
            assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
            assertThat(driver.getPageSource()).contains("Noé", "Maëlle");
            Axe.assertNoSeriousViolations(driver, "Accueil de la nouvelle famille");
            fullShot(browser, "nouvelle-famille-accueil-1366.png");
        }
        try (var phone = Browser.ofSize(390, 844)) {
            WebDriver driver = phone.driver();
            driver.get(base + "/creer-mon-espace");
            Axe.assertNoSeriousViolations(driver, "Créer mon espace famille (téléphone)");
            assertNoSidewaysScroll(driver);
            fullShot(phone, "creer-mon-espace-390.png");
            driver.get(base + "/creer-mon-espace/envoyee");
            assertNoSidewaysScroll(driver);
            fullShot(phone, "creer-mon-espace-envoyee-390.png");
            driver.get(base + "/creer-mon-espace/confirmation?jeton=" + "x".repeat(43));
            assertNoSidewaysScroll(driver);
            fullShot(phone, "creer-mon-espace-lien-invalide-390.png");
            driver.get(base + "/connexion");
            fullShot(phone, "connexion-390.png");
        }
    }

    /**
     * Browser.follow, tolerant of Chromium answering "node does not belong to the document" instead of "stale" when
     * the old page is being replaced.
     */
    static void follow(WebDriver driver, By target) {
        WebElement element = driver.findElement(target);
        follow(driver, element::click);
    }

    static void follow(WebDriver driver, Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        Browser.waitFor(driver).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        Browser.waitFor(driver).until(d -> "complete".equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    static void date(WebDriver driver, String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), day.toString());
    }

    static void assertNoSidewaysScroll(WebDriver driver) {
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) driver).executeScript("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right));""");
        assertThat(scroll.intValue()).as("sideways scroll on " + driver.getCurrentUrl() + ": " + wide).isLessThanOrEqualTo(0);
    }

    /** A screenshot of the whole page: the viewport is stretched to the page's height for the shot. */
    static void fullShot(Browser browser, String name) {
        var driver = (JavascriptExecutor) browser.driver();
        int width = ((Number) driver.executeScript("return window.innerWidth;")).intValue();
        int height = ((Number) driver.executeScript("return window.innerHeight;")).intValue();
        int full = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).intValue();
        browser.resizeViewport(width, Math.min(Math.max(full, height), 8000));
        browser.screenshot(Path.of("target", "screenshots", name));
        browser.resizeViewport(width, height);
    }

    // ---- helpers

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    List<Long> queued(String email) {
        return jdbc.sql("SELECT request_id FROM account_request WHERE email = :e AND request_id IS NOT NULL")
                .param("e", email.toLowerCase()).query(Long.class).list();
    }

    long rows(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account_request WHERE email = :e").param("e", email)
                .query(Long.class).single();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account_request").query(Long.class).single();
    }

    static String confirmationToken(String email) throws Exception {
        var text = (String) awaitMail(email, "confirmez votre adresse").getContent();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("link in %s", text).isTrue();
        return matcher.group(1);
    }

    static MimeMessage awaitMail(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(to)
                                && m.getSubject().contains(subjectPart);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).reduce((a, b) -> b).orElse(null), m -> m != null);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
