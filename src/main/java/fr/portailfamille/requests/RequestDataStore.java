package fr.portailfamille.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests' part of a household's data (issue 14). Anonymisation keeps each request's kind, status and dates
 * (the back-office's history) but empties the values it carried, its label and comment, and deletes its attached
 * file; a request still pending is withdrawn through its handler first, so that what it held (a place of a day, a
 * document waiting) is released as on any withdrawal — the waiting list moves up.
 */
@Repository
class RequestDataStore implements HouseholdData {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<Requests> requests;

    RequestDataStore(JdbcClient jdbc, Clock clock, org.springframework.beans.factory.ObjectProvider<Requests> requests) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.requests = requests; // a provider: the facade is built from beans that do not need this one
    }

    @Override
    public String part() {
        return "demandes";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "demandes", """
                SELECT id, kind, subject_id, subject_label, proposed, current_values, status, created_at, decided_at,
                       comment FROM request WHERE household_id = :h ORDER BY id""", householdId, sink);
        RowMaps.section(jdbc, "pieces_jointes", "SELECT a.request_id, a.file_name, a.content_type FROM request_attachment a"
                        + " JOIN request r ON r.id = a.request_id WHERE r.household_id = :h ORDER BY a.request_id", householdId, sink);
    }

    @Override
    public void files(long householdId, Files sink) {
        RowMaps.files(jdbc, "SELECT a.request_id FROM request_attachment a JOIN request r ON r.id = a.request_id"
                + " WHERE r.household_id = :h ORDER BY a.request_id", householdId, "SELECT request_id, file_name,"
                + " content_type, content FROM request_attachment WHERE request_id = :id", "demande", sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(created_at) FROM request WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        int n = 0;
        for (long id : jdbc.sql("SELECT id FROM request WHERE household_id = :h AND status = 'PENDING' ORDER BY id")
                .param("h", householdId).query(Long.class).list()) {
            n += requests.getObject().withdrawIfPending(householdId, id) ? 1 : 0;
        }
        n += jdbc.sql("DELETE FROM request_attachment WHERE request_id IN"
                + " (SELECT id FROM request WHERE household_id = :h)").param("h", householdId).update();
        n += jdbc.sql("""
                UPDATE request SET status = 'WITHDRAWN', decided_at = :at, decided_by = 'anonymisation'
                 WHERE household_id = :h AND status = 'PENDING'""")
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).param("h", householdId).update();
        n += jdbc.sql("""
                UPDATE request SET proposed = '{}', current_values = '{}', subject_label = NULL, comment = NULL,
                       requested_by = NULL WHERE household_id = :h""")
                .param("h", householdId).update();
        return n;
    }
}
