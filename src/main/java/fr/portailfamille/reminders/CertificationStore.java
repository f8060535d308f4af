package fr.portailfamille.reminders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The yearly confirmations of the families' data. The agents' list reads the household's name, city and primary
 * guardian beside them (read only, one query for the whole town, as the list is filtered and exported whole).
 */
@Repository
class CertificationStore {

    private final JdbcClient jdbc;

    CertificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean confirm(long householdId, int schoolYearStart, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO data_certification (household_id, school_year_start, confirmed_at, confirmed_by)
                VALUES (:h, :y, :at, :by) ON CONFLICT DO NOTHING""")
                .param("h", householdId).param("y", schoolYearStart)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).update() == 1;
    }

    Optional<Instant> confirmedAt(long householdId, int schoolYearStart) {
        return jdbc.sql("""
                SELECT confirmed_at FROM data_certification WHERE household_id = :h AND school_year_start = :y""")
                .param("h", householdId).param("y", schoolYearStart)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** Every household with its confirmation of that school year (null when none), by name. */
    List<CertificationView> all(int schoolYearStart) {
        return jdbc.sql("""
                SELECT h.id, h.name, h.city,
                       (SELECT g.first_name || ' ' || g.last_name FROM guardian g
                         WHERE g.household_id = h.id AND g.role = 'PRIMARY') AS primary_guardian,
                       c.confirmed_at, c.confirmed_by
                  FROM household h
                  LEFT JOIN data_certification c ON c.household_id = h.id AND c.school_year_start = :y
                 ORDER BY h.name, h.id""")
                .param("y", schoolYearStart)
                .query((rs, n) -> {
                    var at = rs.getObject("confirmed_at", OffsetDateTime.class);
                    return new CertificationView(rs.getLong("id"), rs.getString("name"), rs.getString("city"),
                            rs.getString("primary_guardian"), at == null ? null : at.toInstant(),
                            rs.getString("confirmed_by"));
                }).list();
    }
}
