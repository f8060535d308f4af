package fr.portailfamille.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every test run a database of its own, never the one the portal is configured with.
 *
 * <p>Once per JVM it creates a PostgreSQL database with a unique name ({@code portail_test_<pid>_<epoch>_<random>})
 * on the local server and drops it when the JVM ends (after Spring has closed its contexts); without a reachable PostgreSQL it uses a uniquely named
 * in-memory H2. It never reads {@code SPRING_DATASOURCE_URL} (nor the default H2 file under ./data), so
 * {@code ./mvnw verify} cannot touch the town's database, and two runs on one machine do not meet.
 *
 * <p>The server is {@code 127.0.0.1:5432}, user {@code postgres}, empty password, unless
 * {@code PORTAIL_TEST_PG_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} say otherwise.
 * {@code PORTAIL_TEST_REQUIRE_POSTGRES=true} (CI) makes a missing PostgreSQL a failure, not a fallback;
 * {@code PORTAIL_TEST_DB=h2} runs the suite on H2 even when PostgreSQL is there.
 * Databases left by runs that were killed (owner process gone, older than a day) are dropped on the next run.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PREFIX = "portail_test_";
    private static final Pattern OWN_NAME = Pattern.compile(PREFIX + "(\\d+)_(\\d+)_[a-z0-9]+");
    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static Map<String, String> chosen;
    private static boolean hookInstalled;

    /** Where the databases of this run live: a PostgreSQL server, or nowhere (H2 in memory). */
    public record Server(String host, int port, String user, String password) {

        public String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection(url("postgres"), user, password);
        }

        static Server fromEnvironment(Map<String, String> env) {
            return new Server(env.getOrDefault("PORTAIL_TEST_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(env.getOrDefault("PORTAIL_TEST_PG_PORT", "5432")),
                    env.getOrDefault("PORTAIL_TEST_PG_USER", "postgres"),
                    env.getOrDefault("PORTAIL_TEST_PG_PASSWORD", ""));
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(choose()).applyTo(context);
    }

    /** The datasource settings of this run's database (created on the first call). */
    public static synchronized Map<String, String> choose() {
        if (chosen == null) {
            chosen = decide(System.getenv());
            System.out.println("[tests] Database: " + describe(chosen));
        }
        return chosen;
    }

    public static boolean isPostgres() {
        return choose().get("spring.datasource.url").startsWith("jdbc:postgresql");
    }

    /** The PostgreSQL server of this run (meaningful only when {@link #isPostgres()}). */
    public static Server server() {
        return Server.fromEnvironment(System.getenv());
    }

    /**
     * The choice for the given environment: a fresh PostgreSQL database of this run, or a fresh in-memory H2.
     * Package-visible so that a test can show that the configured database plays no part in it.
     */
    static Map<String, String> decide(Map<String, String> env) {
        if ("h2".equalsIgnoreCase(env.get("PORTAIL_TEST_DB"))) {
            System.out.println("[tests] PORTAIL_TEST_DB=h2: PostgreSQL is not used");
            return h2();
        }
        Server server = Server.fromEnvironment(env);
        try {
            dropLeftovers(server);
            String database = createDatabase(server);
            return Map.of("spring.datasource.url", server.url(database),
                    "spring.datasource.username", server.user(), "spring.datasource.password", server.password());
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(env.get("PORTAIL_TEST_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required for this run but cannot be reached at "
                        + server.host() + ":" + server.port() + ": " + e.getMessage(), e);
            }
            System.out.println("[tests] no PostgreSQL reachable at " + server.host() + ":" + server.port()
                    + " (" + e.getMessage() + ")");
            return h2();
        }
    }

    /**
     * Another empty PostgreSQL database of this run (for a test that starts the portal on a fresh database, or
     * restores a dump), dropped with the others when the JVM ends. Returns its name.
     */
    public static String createDatabase(Server server) throws SQLException {
        String name = reserveName(server);
        try (Connection c = server.admin(); var statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /**
     * A new database name of this run, for a database that something else creates (a restore script): dropped
     * with the others when the JVM ends, if it exists then.
     */
    public static String reserveName(Server server) {
        String name = PREFIX + ProcessHandle.current().pid() + "_" + Instant.now().getEpochSecond() + "_"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        CREATED.add(name);
        installDropHook(server);
        return name;
    }

    /** Drops a database this run created (ends its connections first). */
    public static void drop(Server server, String database) {
        if (!OWN_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a test database: " + database);
        }
        try (Connection c = server.admin(); var statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            CREATED.remove(database);
        } catch (SQLException e) {
            System.out.println("[tests] could not drop " + database + ": " + e.getMessage());
        }
    }

    private static synchronized void installDropHook(Server server) {
        if (!hookInstalled) {
            hookInstalled = true;
            // Spring Boot runs its shutdown handlers after it has closed every application context, so no pool
            // still needs the database when it goes.
            SpringApplication.getShutdownHandlers().add(() -> {
                for (String database : List.copyOf(CREATED)) {
                    drop(server, database);
                }
            });
        }
    }

    /** Databases of earlier runs whose JVM was killed before it could drop them. */
    private static void dropLeftovers(Server server) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (Connection c = server.admin(); var statement = c.createStatement();
             var rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'portail\\_test\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (isLeftover(name, Instant.now())) {
                    leftovers.add(name);
                }
            }
        }
        for (String name : leftovers) {
            System.out.println("[tests] dropping " + name + ", left by a run that ended without cleaning up");
            drop(server, name);
        }
    }

    /** A test database older than a day whose owner process is gone. */
    static boolean isLeftover(String database, Instant now) {
        Matcher name = OWN_NAME.matcher(database);
        if (!name.matches()) {
            return false;
        }
        long pid = Long.parseLong(name.group(1));
        Instant created = Instant.ofEpochSecond(Long.parseLong(name.group(2)));
        return created.plus(LEFTOVER_AGE).isBefore(now) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static Map<String, String> h2() {
        String name = "portail_test_" + ProcessHandle.current().pid() + "_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return Map.of("spring.datasource.url",
                "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static String describe(Map<String, String> settings) {
        String url = settings.get("spring.datasource.url");
        return url.startsWith("jdbc:postgresql")
                ? "PostgreSQL, database of this run " + url + " (dropped at the end)"
                : "embedded H2 in memory (" + url.substring(0, url.indexOf(';')) + ")";
    }
}
