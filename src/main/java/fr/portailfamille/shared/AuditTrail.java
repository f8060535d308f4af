package fr.portailfamille.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who changed which family's data, and which agent viewed which child's health record.
 * Callers pass field names, never values (no IBAN, no health data lands here).
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One event of the trail as admins read it. */
    public record Event(long id, Instant at, String actor, String action, Long householdId, String subject,
                        String detail) {

        public String actionMessageKey() {
            return "audit.action." + action;
        }
    }

    /** Records an event in the caller's transaction (a rolled-back change leaves no trace). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, Long householdId, String subject, String detail) {
        insert(actor, action, householdId, subject, detail);
    }

    /** Records a viewing (a read-only page has no transaction of its own). */
    @Transactional
    public void viewed(String actor, String action, Long householdId, String subject) {
        insert(actor, action, householdId, subject, null);
    }

    @Transactional(readOnly = true)
    public List<Event> recent(Long householdId, String action, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_event WHERE (CAST(:h AS BIGINT) IS NULL OR household_id = CAST(:h AS BIGINT))
                   AND (CAST(:action AS VARCHAR(40)) IS NULL OR action = CAST(:action AS VARCHAR(40)))
                 ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .param("h", householdId).param("action", action == null || action.isBlank() ? null : action)
                .param("limit", limit)
                .query((rs, n) -> new Event(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), (Long) rs.getObject("household_id", Long.class),
                        rs.getString("subject"), rs.getString("detail")))
                .list();
    }

    private void insert(String actor, String action, Long householdId, String subject, String detail) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, household_id, subject, detail)
                VALUES (:at, :actor, :action, :h, :subject, :detail)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", actor == null ? "?" : actor).param("action", action).param("h", householdId)
                .param("subject", cut(subject, 200)).param("detail", cut(detail, 1000)).update();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
