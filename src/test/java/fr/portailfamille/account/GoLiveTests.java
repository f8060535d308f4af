package fr.portailfamille.account;

import fr.portailfamille.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.portailfamille.PortailFamilleApplication;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Going live, end to end, on a database of its own created empty for this test (PostgreSQL when the suite runs on
 * it, else in-memory H2) with the {@code prod} profile (no demo data) and mail through GreenMail: the admin
 * command, the admin's activation, a household created by the admin, its two guardians invited and activated
 * from their e-mails, both seeing the household, then a forgotten password reset from the e-mail.
 */
class GoLiveTests {

    static final String BASE = "https://portail.example.fr";
    static final Pattern LINK = Pattern.compile(Pattern.quote(BASE) + "(/(?:activation|mot-de-passe-oublie)/[A-Za-z0-9_-]{43})");
    static final String ADMIN_PASSWORD = "Le premier admin de la ville";
    static final String PARENT_PASSWORD = "Une maison bleue adossée";
    static final String SECOND_PASSWORD = "La colline aux coquelicots";
    static final String NEW_PASSWORD = "Un nouveau mot de passe bien long";

    static String databaseUrl;
    static String databaseName;
    static GreenMail smtp;
    static int smtpPort;
    static ConfigurableApplicationContext web;
    static MockMvc mvc;

    @BeforeAll
    static void freshDatabaseAndSmtp() throws Exception {
        // a database of its own, from the suite's server (never the one SPRING_DATASOURCE_URL names); on H2 a
        // file, not memory: the admin command's context closes its pool before the portal starts, and H2 keeps
        // the check constraints of an in-memory database bound to the closed connection that created them
        if (TestDatabase.isPostgres()) {
            databaseName = TestDatabase.createDatabase(TestDatabase.server());
            databaseUrl = TestDatabase.server().url(databaseName);
        } else {
            databaseUrl = "jdbc:h2:file:./target/golive-" + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        try (var socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void dropEverything() throws Exception {
        if (web != null) {
            web.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (databaseName != null) {
            TestDatabase.drop(TestDatabase.server(), databaseName);
        }
    }

    private static String user() {
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2") ? "sa" : TestDatabase.server().user();
    }

    private static String password() {
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2") ? "" : TestDatabase.server().password();
    }

    /** The settings a town gives in production, put first so that they win over the environment. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> townSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", user());
        settings.put("spring.datasource.password", password());
        settings.put("portail.base-url", BASE);
        // a small pool: the suite's own context and other runs share the PostgreSQL server
        settings.put("spring.datasource.hikari.maximum-pool-size", 3);
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", smtpPort);
        settings.put("portail.mail.from", "portail@example.fr");
        settings.put("portail.payment.payfip.base-url", "https://payfip.example.fr/");
        settings.put("portail.payment.payfip.client-number", "000000");
        settings.put("portail.payment.payfip.secret", "secret-de-test-0123456789abcdef");
        return context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("town", settings));
    }

    private static int command(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return AdminCommand.run(PortailFamilleApplication.class, args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new String[] {"prod"}, townSettings());
    }

    @Test
    void wrongArgumentsAreRefusedWithTheUsageAndNothingStarts() {
        for (String[] args : new String[][] {{"admin"}, {"admin", "create"}, {"admin", "create", "--login", "x y",
                "--email", "a@b.fr"}, {"admin", "create", "--login", "marie", "--email", "pas-une-adresse"},
                {"admin", "delete", "--login", "marie"}}) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            assertThat(AdminCommand.run(PortailFamilleApplication.class, args, new PrintStream(out),
                    new PrintStream(err))).as(Arrays.toString(args)).isEqualTo(AdminCommand.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(Arrays.toString(args)).isNotBlank();
        }
        assertThat(AdminCommand.isCommand(new String[] {"admin", "create"})).isTrue();
        assertThat(AdminCommand.isCommand(new String[] {"--server.port=8182"})).isFalse();
    }

    @Test
    void aFreshProductionDatabaseToAFamilyThatResetsItsPassword() throws Exception {
        // 1. the one-time command: first admin without password, a link printed, then a refusal
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        assertThat(command(out, err, "admin", "create", "--login", "marie.dupont", "--email", "marie.dupont@ville.fr",
                "--name", "Marie Dupont")).isEqualTo(AdminCommand.DONE);
        var printed = LINK.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        String adminActivation = printed.group(1);
        assertThat(adminActivation).startsWith("/activation/");
        var again = new ByteArrayOutputStream();
        var refusal = new ByteArrayOutputStream();
        assertThat(command(again, refusal, "admin", "create", "--login", "autre.admin", "--email", "autre@ville.fr"))
                .isEqualTo(AdminCommand.REFUSED);
        assertThat(refusal.toString(StandardCharsets.UTF_8)).contains("un administrateur existe déjà");

        // 2. the portal starts on it in production: no demo account, no password anywhere yet
        web = new SpringApplicationBuilder(PortailFamilleApplication.class).profiles("prod")
                .initializers(townSettings())
                .properties("server.port=0").run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) web).apply(springSecurity()).build();
        var jdbc = web.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT login FROM account").query(String.class).list()).containsExactly("marie.dupont");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE password_hash IS NOT NULL").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT name FROM household").query(String.class).list()).isEmpty();

        // 3. the admin activates the account and logs in
        assertThat(choosePassword(adminActivation, ADMIN_PASSWORD).getRedirectedUrl())
                .isEqualTo("/connexion?compteActive");
        MockHttpSession admin = login("marie.dupont", ADMIN_PASSWORD);

        // 4. creates a household, adds the second guardian at the desk, invites both
        var create = post("/gestion/familles/nouvelle", admin, Map.ofEntries(Map.entry("civility", "Mme"),
                Map.entry("lastName", "Bernard"), Map.entry("firstName", "Julie"),
                Map.entry("birthDate", "1985-06-01"), Map.entry("addressLine", "8 place de la Mairie"),
                Map.entry("postalCode", "44100"), Map.entry("city", "Val-Fleuri"),
                Map.entry("phoneMobile", "06 11 22 33 44"), Map.entry("email", "julie.bernard@example.org"),
                Map.entry("resident", "true"), Map.entry("quotient", "650"),
                Map.entry("enfant1.firstName", "Emma"), Map.entry("enfant1.lastName", "Bernard"),
                Map.entry("enfant1.birthDate", "2018-03-14"), Map.entry("enfant1.sex", "F")));
        assertThat(create.getRedirectedUrl()).matches("/gestion/familles/\\d+");
        String family = create.getRedirectedUrl();
        assertThat(post(family + "/corriger/conjoint", admin, Map.of("civility", "M.", "lastName", "Petit",
                "firstName", "Marc", "phoneMobile", "07 11 22 33 44", "email", "marc.petit@example.org"))
                .getRedirectedUrl()).endsWith("/dossier");
        post(family + "/inviter", admin, Map.of("responsable", "PRIMARY"));
        post(family + "/inviter", admin, Map.of("responsable", "SECOND"));
        var familyPage = Jsoup.parse(mvc.perform(get(family).session(admin)).andReturn().getResponse()
                .getContentAsString());
        assertThat(familyPage.select(".access-list li").eachText()).hasSize(2)
                .allMatch(line -> line.contains("invitation en attente"));

        // 5. each parent activates from the e-mail (the login is the address) and sees the household
        String julieLink = awaitLink("julie.bernard@example.org", "/activation/");
        assertThat(choosePassword(julieLink, PARENT_PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?compteActive");
        String marcLink = awaitLink("marc.petit@example.org", "/activation/");
        assertThat(choosePassword(marcLink, SECOND_PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?compteActive");
        MockHttpSession julie = login("julie.bernard@example.org", PARENT_PASSWORD);
        MockHttpSession marc = login("marc.petit@example.org", SECOND_PASSWORD);
        for (var parent : new MockHttpSession[] {julie, marc}) {
            var children = mvc.perform(get("/enfants").session(parent)).andReturn().getResponse();
            assertThat(children.getStatus()).isEqualTo(200);
            assertThat(Jsoup.parse(children.getContentAsString()).text()).contains("Emma");
        }
        // the activation link worked once
        assertThat(Jsoup.parse(choosePassword(julieLink, "Encore une autre phrase").getContentAsString()).text())
                .contains("déjà servi");

        // 6. Julie forgets her password: the e-mail, the new password, her old session ended, a notice
        var forgot = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/mot-de-passe-oublie").param("identifiant", "julie.bernard@example.org")
                .with(csrf())).andReturn().getResponse();
        assertThat(forgot.getRedirectedUrl()).isEqualTo("/mot-de-passe-oublie?envoye");
        String reset = awaitLink("julie.bernard@example.org", "/mot-de-passe-oublie/");
        assertThat(choosePassword(reset, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?motDePasseChange");
        assertThat(mvc.perform(get("/enfants").session(julie)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?expiree");
        assertThat(mvc.perform(get("/enfants").session(marc)).andReturn().getResponse().getStatus()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("julie.bernard@example.org").stream()
                .anyMatch(m -> subject(m).contains("mot de passe a été modifié")));
        assertThat(loginFails("julie.bernard@example.org", PARENT_PASSWORD)).isTrue();
        login("julie.bernard@example.org", NEW_PASSWORD);

        // 7. no clear token anywhere in the database, not even in the outbox's event publications
        String allLinks = julieLink + marcLink + reset + adminActivation;
        for (String table : new String[] {"one_time_link", "event_publication", "audit_event"}) {
            var texts = jdbc.sql("SELECT * FROM " + table).query((rs, n) -> {
                var row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                return row.toString();
            }).list();
            for (String link : allLinks.split("/(activation|mot-de-passe-oublie)/")) {
                if (!link.isEmpty()) {
                    assertThat(String.join("\n", texts)).as(table).doesNotContain(link);
                }
            }
        }
    }

    private static MockHttpServletResponse post(String path, MockHttpSession session, Map<String, String> form)
            throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(path).session(session).with(csrf());
        form.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + Jsoup.parse(response.getContentAsString()).text())
                .isEqualTo(302);
        return response;
    }

    private static MockHttpServletResponse choosePassword(String path, String password) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .param("newPassword", password).param("confirmation", password).with(csrf()))
                .andReturn().getResponse();
    }

    private static MockHttpSession login(String login, String password) throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/connexion")
                .param("identifiant", login).param("motDePasse", password).session(new MockHttpSession())
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(login).doesNotContain("erreur");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static boolean loginFails(String login, String password) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/connexion")
                .param("identifiant", login).param("motDePasse", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl().contains("erreur");
    }

    private static java.util.List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    /** The newest link of that kind in the mails to that address. */
    private static String awaitLink(String address, String kind) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            String found = null;
            for (MimeMessage m : mailsTo(address)) {
                var matcher = LINK.matcher((String) m.getContent());
                while (matcher.find()) {
                    if (matcher.group(1).startsWith(kind)) {
                        found = matcher.group(1);
                    }
                }
            }
            return found;
        }, link -> link != null && !link.equals(lastSeen.get(address + kind)) && remember(address + kind, link));
    }

    private static final Map<String, String> lastSeen = new HashMap<>();

    private static boolean remember(String key, String link) {
        lastSeen.put(key, link);
        return true;
    }
}
