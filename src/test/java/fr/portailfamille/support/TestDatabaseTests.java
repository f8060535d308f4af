package fr.portailfamille.support;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import fr.portailfamille.PortailFamilleApplication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The tests run on a database of their own and leave the configured one (SPRING_DATASOURCE_URL, ./data) alone. */
@PortalTest
class TestDatabaseTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void theSuiteRunsOnTheDatabaseOfThisRunNotOnTheConfiguredOne() throws Exception {
        String url;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        assertThat(url).isEqualTo(TestDatabase.choose().get("spring.datasource.url"))
                .doesNotContain("./data").doesNotContain("file:");
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (configured != null) {
            assertThat(url).isNotEqualTo(configured);
        }
        if (TestDatabase.isPostgres()) {
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                    .startsWith(TestDatabase.PREFIX + ProcessHandle.current().pid() + "_");
        } else {
            assertThat(url).startsWith("jdbc:h2:mem:portail_test_");
        }
    }

    /**
     * A town's database named by SPRING_DATASOURCE_URL holds a marker table: the portal started as the tests start
     * it (the same initializer) migrates another database, and the town's keeps its marker and gets no table.
     */
    @Test
    void aDatabaseNamedBySpringDatasourceUrlIsLeftUntouched() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        var server = TestDatabase.server();
        String town = TestDatabase.createDatabase(server);
        String townUrl = server.url(town);
        try (var c = DriverManager.getConnection(townUrl, server.user(), server.password());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE town_marker (note VARCHAR(40))");
            s.execute("INSERT INTO town_marker VALUES ('données de la ville')");
        }
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("town", Map.of(
                "SPRING_DATASOURCE_URL", townUrl, "SPRING_DATASOURCE_USERNAME", server.user(),
                "SPRING_DATASOURCE_PASSWORD", server.password())));
        env.getPropertySources().addFirst(new MapPropertySource("lean", Map.of("portail.demo-data", "false", "server.port", "0")));
        var ownSettings = new HashMap<String, String>();
        try (var context = new SpringApplicationBuilder(PortailFamilleApplication.class)
                .environment(env).profiles("test")
                .initializers(app -> {
                    ownSettings.putAll(TestDatabase.decide(Map.of()));
                    org.springframework.boot.test.util.TestPropertyValues.of(ownSettings).applyTo(app);
                })
                .run()) {
            String used = context.getBean(JdbcClient.class).sql("SELECT current_database()").query(String.class).single();
            assertThat(used).isNotEqualTo(town).startsWith(TestDatabase.PREFIX);
            assertThat(context.getBean(JdbcClient.class).sql("SELECT count(*) FROM flyway_schema_history")
                    .query(Integer.class).single()).isPositive();
        } finally {
            String own = ownSettings.get("spring.datasource.url");
            if (own != null) {
                TestDatabase.drop(server, own.substring(own.lastIndexOf('/') + 1));
            }
        }
        try (var c = DriverManager.getConnection(townUrl, server.user(), server.password());
             var s = c.createStatement()) {
            var tables = s.executeQuery("SELECT string_agg(table_name, ',') FROM information_schema.tables"
                    + " WHERE table_schema = 'public'");
            tables.next();
            assertThat(tables.getString(1)).isEqualTo("town_marker");
            var marker = s.executeQuery("SELECT note FROM town_marker");
            marker.next();
            assertThat(marker.getString(1)).isEqualTo("données de la ville");
        } finally {
            TestDatabase.drop(server, town);
        }
    }

    @Test
    void withoutPostgresTheRunUsesAnH2InMemoryNeverTheH2FileUnderData() {
        var settings = TestDatabase.decide(Map.of("PORTAIL_TEST_PG_PORT", "1",
                "SPRING_DATASOURCE_URL", "jdbc:h2:file:./data/portail"));
        assertThat(settings.get("spring.datasource.url")).startsWith("jdbc:h2:mem:portail_test_");
        assertThat(TestDatabase.decide(Map.of("PORTAIL_TEST_DB", "h2")).get("spring.datasource.url"))
                .startsWith("jdbc:h2:mem:portail_test_");
    }

    @Test
    void ciFailsRatherThanFallingBackToH2() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestDatabase.decide(Map.of(
                        "PORTAIL_TEST_PG_PORT", "1", "PORTAIL_TEST_REQUIRE_POSTGRES", "true")))
                .hasMessageContaining("PostgreSQL is required");
    }

    @Test
    void onlyOldDatabasesOfDeadRunsAreLeftovers() {
        Instant now = Instant.now();
        long old = now.minus(Duration.ofDays(2)).getEpochSecond();
        long recent = now.minus(Duration.ofHours(2)).getEpochSecond();
        long alive = ProcessHandle.current().pid();
        long gone = deadPid();
        assertThat(TestDatabase.isLeftover("portail_test_" + gone + "_" + old + "_abc", now)).isTrue();
        assertThat(TestDatabase.isLeftover("portail_test_" + gone + "_" + recent + "_abc", now)).isFalse();
        assertThat(TestDatabase.isLeftover("portail_test_" + alive + "_" + old + "_abc", now)).isFalse();
        assertThat(TestDatabase.isLeftover("portail_test", now)).isFalse();
        assertThat(TestDatabase.isLeftover("portail", now)).isFalse();
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
