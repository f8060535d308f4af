package fr.portailfamille.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attended units of a period. Present: an effective reservation (RESERVED, walk-ins included) unless the
 * check-in marked the child absent. A billable late absence is not attendance. Holidays: an activity of kind
 * ACCUEIL_LOISIRS (the holiday centre); every other kind (Wednesdays, périscolaire, school meals) is a school day.
 */
@Repository
class CafStore {

    private final JdbcClient jdbc;

    CafStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CafAttendance> attendance(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT c.id AS child_id, c.first_name, c.last_name, c.birth_date, h.family_quotient,"
                        + " h.allowance_fund, a.code, a.kind, r.service_day FROM reservation r"
                        + " JOIN child c ON c.id = r.child_id JOIN household h ON h.id = r.household_id"
                        + " JOIN activity a ON a.id = r.activity_id"
                        + " LEFT JOIN check_in ci ON ci.reservation_id = r.id"
                        + " WHERE r.service_day BETWEEN :f AND :t AND r.status = 'RESERVED'"
                        + " AND (ci.absent IS NULL OR ci.absent = FALSE)"
                        + " ORDER BY c.last_name, c.first_name, c.id, r.service_day, a.code")
                .param("f", from).param("t", to)
                .query((rs, n) -> new CafAttendance(rs.getLong("child_id"),
                        rs.getString("last_name") + " " + rs.getString("first_name"),
                        rs.getObject("birth_date", LocalDate.class), (Integer) rs.getObject("family_quotient"),
                        rs.getString("allowance_fund"), rs.getString("code"),
                        "ACCUEIL_LOISIRS".equals(rs.getString("kind")),
                        rs.getObject("service_day", LocalDate.class)))
                .list();
    }
}
