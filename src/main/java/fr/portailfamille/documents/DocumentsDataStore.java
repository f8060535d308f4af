package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents' part of a household's data (issue 14): documents sent and their decisions, parental consents with
 * their history. The files themselves are request attachments (the requests module's part). Anonymisation deletes
 * both: a refusal reason is free text, and a consent names the guardian who gave it.
 */
@Repository
class DocumentsDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    DocumentsDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "pieces-et-autorisations";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "pieces", """
                SELECT d.id, d.child_id, t.name AS document, d.status, d.valid_until, d.refusal_reason,
                       d.submitted_at, d.decided_at
                  FROM provided_document d JOIN document_type t ON t.id = d.document_type_id
                 WHERE d.household_id = :h ORDER BY d.submitted_at, d.id""", householdId, sink);
        RowMaps.section(jdbc, "autorisations_parentales", """
                SELECT a.child_id, t.name AS autorisation, a.answer, a.answered_at, a.answered_by
                  FROM consent_answer a JOIN consent_type t ON t.id = a.consent_type_id
                 WHERE a.household_id = :h ORDER BY a.answered_at, a.id""", householdId, sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(submitted_at) FROM provided_document WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        int n = jdbc.sql("DELETE FROM provided_document WHERE household_id = :h").param("h", householdId).update();
        n += jdbc.sql("DELETE FROM consent_answer WHERE household_id = :h").param("h", householdId).update();
        return n;
    }
}
