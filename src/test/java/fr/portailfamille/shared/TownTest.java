package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamille.support.StatementLog;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The town's settings are read once, also when no row exists yet, and a save replaces what is kept. */
class TownTest {

    private final JdbcClient jdbc = JdbcClient.create(new StatementLog.Logging(dataSource()));

    private static JdbcDataSource dataSource() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:town-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcClient.create(ds).sql("""
                CREATE TABLE town_settings (id INT PRIMARY KEY, name VARCHAR(200), service_name VARCHAR(200),
                    address_line VARCHAR(200), postal_code VARCHAR(10), city VARCHAR(100), phone VARCHAR(40),
                    email VARCHAR(200))""").update();
        return ds;
    }

    @Test
    void withoutARowTheDefaultsAreKeptAndNotReadAgainOnEveryPage() throws Exception {
        var town = new Town(jdbc);
        var statements = StatementLog.record(() -> {
            for (int i = 0; i < 5; i++) {
                assertThat(town.settings().name()).isEqualTo("Portail Famille");
            }
        });
        assertThat(statements).hasSize(1);
    }

    @Test
    void aSaveReplacesTheKeptSettingsWithoutAnotherRead() throws Exception {
        var town = new Town(jdbc);
        town.settings();
        town.save(new TownSettings("Ville de Test", "Service Jeunesse", "1 rue", "44100", "Val", null, null));
        var statements = StatementLog.record(() -> assertThat(town.settings().name()).isEqualTo("Ville de Test"));
        assertThat(statements).isEmpty();
        assertThat(new Town(jdbc).settings().name()).isEqualTo("Ville de Test");
    }
}
