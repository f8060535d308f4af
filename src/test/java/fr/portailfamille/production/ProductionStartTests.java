package fr.portailfamille.production;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.billing.Ledger;
import fr.portailfamille.billing.OnlinePayments;
import fr.portailfamille.shared.StartRefused;
import fr.portailfamille.support.Axe;
import fr.portailfamille.support.Browser;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Portals;
import fr.portailfamille.support.TestDatabase;

import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A town starts the portal with {@code SPRING_PROFILES_ACTIVE=prod} and nothing but its database settings, on a
 * fresh PostgreSQL database: it starts, loads no demo data, and online payment is off with the pages saying how to
 * pay otherwise. Half-given payment settings and a database holding the demo accounts stop the start, clearly.
 */
class ProductionStartTests {

    @Test
    void prodStartsWithOnlyTheDatabaseSettingsAndOnlinePaymentIsOff() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "production runs on PostgreSQL");
        var server = TestDatabase.server();
        String database = TestDatabase.createDatabase(server);
        var variables = new HashMap<>(Portals.database(server, database));
        variables.put("SPRING_PROFILES_ACTIVE", "prod");
        try (var portal = Portals.start(variables)) {
            assertThat(portal.getEnvironment().getActiveProfiles()).containsExactly("prod");
            assertThat(portal.getEnvironment().getProperty("portail.payment.provider")).isEqualTo("none");
            var accounts = portal.getBean(AccountAdministration.class);
            assertThat(accounts.staff()).as("no demo agent, no default admin").isEmpty();
            assertThat(accounts.loginExists("demo.famille")).isFalse();
            assertThat(portal.getBean(OnlinePayments.class).enabled()).isFalse();

            // a family with an invoice to pay reads how to pay otherwise, and finds no online payment button
            var family = portal.getBean(Fixtures.class).family("Production");
            LocalDate today = portal.getBean(Fixtures.class).today();
            portal.getBean(Ledger.class).issueInvoice(family.householdId(), today, today.withDayOfMonth(1), today,
                    today.plusDays(30), 4_200);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal).apply(springSecurity())
                    .build();
            var parent = user(portal.getBean(UserDetailsService.class).loadUserByUsername(family.login()));
            var page = Jsoup.parse(mvc.perform(get("/releve").with(parent)).andReturn().getResponse()
                    .getContentAsString());
            assertThat(page.select("#paiement-hors-ligne").text())
                    .contains("Le paiement en ligne n'est pas encore ouvert")
                    .contains("chèque à l'ordre du Trésor public").doesNotContain("carte bancaire");
            assertThat(page.select("form[action$=/releve/paiement]")).isEmpty();
            var attempt = mvc.perform(post("/releve/paiement").with(parent).with(csrf())).andReturn().getResponse();
            assertThat(attempt.getRedirectedUrl()).isEqualTo("/releve");

            if (Browser.available()) { // what the parent sees, at desktop and phone widths
                int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
                try (var browser = Browser.ofSize(1366, 900)) {
                    var driver = browser.driver();
                    driver.get("http://localhost:" + port + "/connexion");
                    driver.findElement(By.id("identifiant")).sendKeys(family.login());
                    driver.findElement(By.id("motDePasse")).sendKeys(Fixtures.PASSWORD);
                    Browser.follow(driver, By.cssSelector("button[type=submit]"));
                    driver.get("http://localhost:" + port + "/releve");
                    assertThat(driver.findElement(By.id("paiement-hors-ligne")).isDisplayed()).isTrue();
                    Axe.assertNoSeriousViolations(driver, "relevé, paiement en ligne fermé");
                    browser.screenshot(Path.of("target/screenshots/releve-paiement-ferme-desktop.png"));
                    browser.resizeViewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
                    driver.navigate().refresh();
                    assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
                    browser.screenshot(Path.of("target/screenshots/releve-paiement-ferme-phone.png"));
                }
            }
        } finally {
            TestDatabase.drop(server, database);
        }
    }

    @Test
    void aHalfConfiguredPaymentProviderStopsTheStartNamingWhatIsMissing() {
        var variables = new HashMap<String, String>(Map.of("SPRING_PROFILES_ACTIVE", "prod",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "SPRING_DATASOURCE_USERNAME", "town", "SPRING_DATASOURCE_PASSWORD", "",
                "PORTAIL_PAYMENT_PAYFIP_BASE_URL", "https://www.payfip.gouv.fr/tpa/"));
        assertThatThrownBy(() -> Portals.start(variables).close())
                .isInstanceOf(StartRefused.class)
                .hasMessageContaining("portail.payment.payfip.client-number (PORTAIL_PAYMENT_PAYFIP_CLIENT_NUMBER)")
                .message().doesNotContain("BASE_URL)");
    }

    @Test
    void prodRefusesADatabaseThatHoldsTheDemoAccounts() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "production runs on PostgreSQL");
        var server = TestDatabase.server();
        String database = TestDatabase.createDatabase(server);
        try {
            // a database first started with the default profile: the schema and the demo admin
            Flyway.configure().dataSource(server.url(database), server.user(), server.password()).load().migrate();
            try (var c = DriverManager.getConnection(server.url(database), server.user(), server.password());
                 var s = c.createStatement()) {
                s.execute("INSERT INTO account (login, password_hash, role, display_name)"
                        + " VALUES ('demo.admin', '{noop}Demo-Admin-2026', 'ADMIN', 'Paul Girard')");
            }
            var variables = new HashMap<>(Portals.database(server, database));
            variables.put("SPRING_PROFILES_ACTIVE", "prod");
            assertThatThrownBy(() -> Portals.start(variables).close())
                    .satisfies(e -> {
                        var refused = NestedExceptionUtils.getMostSpecificCause(e);
                        assertThat(refused).isInstanceOf(StartRefused.class)
                                .hasMessageContaining("comptes de démonstration (demo.admin)");
                        assertThat(((StartRefused) refused).action()).contains("base vide")
                                .contains("SPRING_DATASOURCE_URL");
                    });
        } finally {
            TestDatabase.drop(server, database);
        }
    }
}
