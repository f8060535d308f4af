package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agenda's part of a household's data (issue 14): reservations (streamed, a large family has thousands),
 * absences with their certificates, check-ins. Anonymisation keeps the days (billing and the CAF returns count them)
 * and deletes what tells about the family: absence comments and medical certificates, who picked a child up, the
 * calendar feed.
 */
@Repository
class AgendaDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    AgendaDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "agenda";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "reservations", """
                SELECT id, child_id, activity_id, service_day, status, billable, request_id, absence_id
                  FROM reservation WHERE household_id = :h ORDER BY service_day, id""", householdId, sink);
        RowMaps.section(jdbc, "demandes_tirage_au_sort", """
                SELECT window_id, child_id, service_day, asked_at, placed, lottery_rank, waiting_rank
                  FROM lottery_request
                 WHERE household_id = :h ORDER BY service_day, child_id""", householdId, sink);
        RowMaps.section(jdbc, "priorites_tirage_au_sort", """
                SELECT working_parents, accepts_split FROM lottery_household WHERE household_id = :h""",
                householdId, sink);
        RowMaps.section(jdbc, "absences", """
                SELECT id, child_id, first_day, last_day, reason, comment, certificate_name, request_id, created_at
                  FROM absence WHERE household_id = :h ORDER BY first_day, id""", householdId, sink);
        RowMaps.section(jdbc, "pointages", """
                SELECT k.reservation_id, k.arrived_at, k.left_at, k.picked_up_by, k.absent, k.walk_in
                  FROM check_in k JOIN reservation r ON r.id = k.reservation_id
                 WHERE r.household_id = :h ORDER BY k.reservation_id""", householdId, sink);
    }

    @Override
    public void files(long householdId, Files sink) {
        RowMaps.files(jdbc, "SELECT id FROM absence WHERE household_id = :h AND certificate IS NOT NULL ORDER BY id",
                householdId, "SELECT id, certificate_name, certificate_type, certificate FROM absence WHERE id = :id",
                "absence", sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(service_day) FROM reservation WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        int n = jdbc.sql("""
                UPDATE absence SET comment = NULL, certificate = NULL, certificate_name = NULL,
                       certificate_type = NULL WHERE household_id = :h""")
                .param("h", householdId).update();
        n += jdbc.sql("""
                UPDATE check_in SET picked_up_by = NULL
                 WHERE picked_up_by IS NOT NULL
                   AND reservation_id IN (SELECT id FROM reservation WHERE household_id = :h)""")
                .param("h", householdId).update();
        n += jdbc.sql("DELETE FROM calendar_feed WHERE household_id = :h").param("h", householdId).update();
        // the lottery priorities are facts about the parents (work, residence); the requests stay for the audit
        n += jdbc.sql("DELETE FROM lottery_household WHERE household_id = :h").param("h", householdId).update();
        return n;
    }
}
