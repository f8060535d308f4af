package fr.portailfamille.shared;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database runs: PostgreSQL in production, H2 as the embedded default. The few statements that only
 * PostgreSQL has (one-statement upserts, ANALYZE of chosen tables) ask here.
 */
@Component
public class DatabaseVendor {

    private final boolean postgres;

    DatabaseVendor(DataSource dataSource) {
        boolean isPostgres;
        try {
            isPostgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    java.sql.DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            isPostgres = false;
        }
        this.postgres = isPostgres;
    }

    public boolean isPostgres() {
        return postgres;
    }
}
