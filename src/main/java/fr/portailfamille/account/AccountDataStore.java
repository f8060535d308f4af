package fr.portailfamille.account;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts' part of a household's data (issue 14): the download lists the family's accounts (never a password
 * hash nor a token); anonymisation disables them, replaces login, name and e-mail, and forgets their devices and
 * links.
 */
@Repository
class AccountDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    AccountDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "comptes";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "comptes", """
                SELECT id, login, display_name, email, enabled, created_at, password_changed_at FROM account
                 WHERE household_id = :h AND role = 'FAMILY' ORDER BY id""", householdId, sink);
        RowMaps.section(jdbc, "appareils", """
                SELECT p.device, p.created_at, p.last_used_at, p.expires_at FROM persistent_login p
                  JOIN account a ON a.id = p.account_id WHERE a.household_id = :h ORDER BY p.id""", householdId, sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        // a remembered device used recently is the family's activity too
        return RowMaps.latestDay(jdbc.sql("""
                SELECT MAX(p.last_used_at) FROM persistent_login p JOIN account a ON a.id = p.account_id
                 WHERE a.household_id = :h""")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        String accounts = "SELECT id FROM account WHERE household_id = :h AND role = 'FAMILY'";
        int n = jdbc.sql("DELETE FROM persistent_login WHERE account_id IN (" + accounts + ")")
                .param("h", householdId).update();
        n += jdbc.sql("DELETE FROM one_time_link WHERE account_id IN (" + accounts + ")").param("h", householdId)
                .update();
        n += jdbc.sql("""
                UPDATE account SET login = CONCAT('anonyme-', CAST(id AS VARCHAR(20))), display_name = 'Compte anonymisé',
                       email = NULL, password_hash = NULL, enabled = FALSE
                 WHERE household_id = :h AND role = 'FAMILY'""")
                .param("h", householdId).update();
        return n;
    }
}
