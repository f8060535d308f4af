package fr.portailfamille.shared;

import java.time.LocalDate;
import java.util.Optional;

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
    public void rows(long householdId, Rows sink) {
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return Optional.empty();
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("UPDATE audit_event SET subject = NULL, detail = NULL WHERE household_id = :h")
                .param("h", householdId).update();
    }
}
