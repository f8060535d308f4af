package fr.portailfamille.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enrolments' part of a household's data (issue 14), and the last day each child was enrolled (data retention:
 * a child who left).
 */
@Repository
class EnrolmentDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    EnrolmentDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "inscriptions";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "activites", """
                SELECT e.id, e.child_id, e.activity_id, p.label AS period, p.start_date, p.end_date, e.status,
                       e.created_at FROM enrolment e JOIN activity_period p ON p.id = e.period_id
                 WHERE e.household_id = :h ORDER BY e.id""", householdId, sink);
        RowMaps.section(jdbc, "scolaires", """
                SELECT id, child_id, school_year, school_level, school, outside_sector, reason, status, created_at
                  FROM school_enrolment WHERE household_id = :h ORDER BY id""", householdId, sink);
    }

    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("SELECT MAX(created_at) FROM enrolment WHERE household_id = :h")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("UPDATE school_enrolment SET reason = NULL WHERE household_id = :h AND reason IS NOT NULL")
                .param("h", householdId).update();
    }

    /**
     * Child id → the last day the child was enrolled: the end of the latest period of an activity enrolment (active
     * or pending), or the end of the latest accepted school year (31 August). Children never enrolled are absent.
     */
    Map<Long, LocalDate> lastEnrolledDays(Collection<Long> childIds) {
        var days = new HashMap<Long, LocalDate>();
        if (childIds.isEmpty()) {
            return days;
        }
        List<Long> ids = List.copyOf(childIds);
        jdbc.sql("""
                SELECT e.child_id, MAX(p.end_date) FROM enrolment e JOIN activity_period p ON p.id = e.period_id
                 WHERE e.child_id IN (:ids) AND e.status IN ('ACTIVE', 'PENDING') GROUP BY e.child_id""")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> days.merge(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        (a, b) -> a.isAfter(b) ? a : b));
        jdbc.sql("""
                SELECT child_id, MAX(school_year) FROM school_enrolment
                 WHERE child_id IN (:ids) AND status IN ('ACCEPTED', 'PENDING') GROUP BY child_id""")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> days.merge(rs.getLong(1), schoolYearEnd(rs.getString(2)),
                        (a, b) -> a.isAfter(b) ? a : b));
        return days;
    }

    /** "2025-2026" → 31 August 2026. */
    static LocalDate schoolYearEnd(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(schoolYear.length() - 4)), 8, 31);
    }
}
