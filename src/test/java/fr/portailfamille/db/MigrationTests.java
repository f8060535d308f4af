package fr.portailfamille.db;

import java.sql.DriverManager;
import java.util.List;

import fr.portailfamille.support.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The same migrations run on a fresh H2 (PostgreSQL mode) and on a fresh PostgreSQL schema. */
class MigrationTests {

    private static final List<String> TABLES = List.of("town_settings", "household", "guardian", "child", "account",
            "login_throttle", "invoice", "payment", "payment_allocation", "request");

    @Test
    void migrateAFreshH2Database() throws Exception {
        String url = "jdbc:h2:mem:migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        try (var c = DriverManager.getConnection(url, "sa", "")) {
            for (String table : TABLES) {
                assertThat(c.getMetaData().getTables(null, null, table, null).next()).as(table).isTrue();
            }
        }
    }

    @Test
    void migrateAFreshPostgresSchema() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "no PostgreSQL in this run");
        var db = TestDatabase.choose();
        String url = db.get("spring.datasource.url");
        String user = db.get("spring.datasource.username");
        String password = db.get("spring.datasource.password");
        try (var c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS migration_check CASCADE");
        }
        var result = Flyway.configure().dataSource(url, user, password).schemas("migration_check")
                .createSchemas(true).load().migrate();
        assertThat(result.success).isTrue();
        try (var c = DriverManager.getConnection(url, user, password)) {
            for (String table : TABLES) {
                assertThat(c.getMetaData().getTables(null, "migration_check", table, null).next()).as(table).isTrue();
            }
            c.createStatement().execute("DROP SCHEMA migration_check CASCADE");
        }
    }
}
