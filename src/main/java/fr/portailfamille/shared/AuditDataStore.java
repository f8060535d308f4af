package fr.portailfamille.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail's part of a household's data (issue 14): its lines keep who did what and when, but the subject
 * and detail (a child's name) are cleared when the household is anonymised.
 */
@Repository
class AuditDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    AuditDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "journal";
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("UPDATE audit_event SET subject = NULL, detail = NULL WHERE household_id = :h")
                .param("h", householdId).update();
    }
}
