package fr.portailfamille.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Chooses the test database once per JVM: the PostgreSQL given by SPRING_DATASOURCE_URL, else a local
 * PostgreSQL at 127.0.0.1:5432 (database portail_test, emptied first), else embedded H2 — and says which.
 * With PORTAIL_TEST_REQUIRE_POSTGRES=true (CI), no PostgreSQL is a failure, not a fallback;
 * PORTAIL_TEST_DB=h2 runs the suite on H2 even when PostgreSQL is there.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/portail_test";
    private static Map<String, String> chosen;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(choose()).applyTo(context);
    }

    public static synchronized Map<String, String> choose() {
        if (chosen == null) {
            chosen = decide();
        }
        return chosen;
    }

    public static boolean isPostgres() {
        return choose().get("spring.datasource.url").startsWith("jdbc:postgresql");
    }

    private static Map<String, String> decide() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String user = envOr("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = envOr("SPRING_DATASOURCE_PASSWORD", "");
        boolean required = "true".equalsIgnoreCase(System.getenv("PORTAIL_TEST_REQUIRE_POSTGRES"));
        if ("h2".equalsIgnoreCase(System.getenv("PORTAIL_TEST_DB"))) {
            System.out.println("[tests] Database: embedded H2 (PORTAIL_TEST_DB=h2)");
            return h2();
        }
        try {
            if (url == null) {
                createLocalDatabase(user, password);
                url = LOCAL_URL;
            }
            resetSchema(url, user, password);
            System.out.println("[tests] Database: PostgreSQL at " + url);
            return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                    "spring.datasource.password", password);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException("PostgreSQL is required for this run but cannot be reached: "
                        + e.getMessage(), e);
            }
            System.out.println("[tests] Database: embedded H2 (no PostgreSQL reachable: " + e.getMessage() + ")");
            return h2();
        }
    }

    private static Map<String, String> h2() {
        return Map.of("spring.datasource.url",
                "jdbc:h2:mem:portail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static void createLocalDatabase(String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", user, password);
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = 'portail_test'")) {
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("CREATE DATABASE portail_test");
            }
        }
    }

    /** Every run starts from an empty schema, so that Flyway and the demo loader run as on a first start. */
    private static void resetSchema(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE");
            c.createStatement().execute("CREATE SCHEMA public");
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
