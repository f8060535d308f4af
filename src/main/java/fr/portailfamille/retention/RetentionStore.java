package fr.portailfamille.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of what retention deleted or anonymised ({@code retention_action}, V150). */
@Repository
class RetentionStore {

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the record, as agents read it. */
    record Action(long id, Instant occurredAt, RetentionRule rule, long householdId, Long childId, int rowsChanged,
                  String actor) {
    }

    void record(Instant at, RetentionRule rule, long householdId, Long childId, int rows, String actor) {
        jdbc.sql("""
                INSERT INTO retention_action (occurred_at, rule, household_id, child_id, rows_changed, actor)
                VALUES (:at, :rule, :h, :c, :n, :actor)""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("rule", rule.name()).param("h", householdId)
                .param("c", childId).param("n", rows).param("actor", actor).update();
    }

    Set<Long> anonymisedHouseholds() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT household_id FROM retention_action WHERE rule <> 'CHILD_CARE_DATA'")
                .query(Long.class).list());
    }

    boolean anonymised(long householdId) {
        return jdbc.sql("SELECT COUNT(*) FROM retention_action WHERE household_id = :h AND rule <> 'CHILD_CARE_DATA'")
                .param("h", householdId).query(Long.class).single() > 0;
    }

    List<Action> recent(int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, rule, household_id, child_id, rows_changed, actor FROM retention_action
                 ORDER BY occurred_at DESC, id DESC LIMIT :n""")
                .param("n", limit)
                .query((rs, i) -> new Action(rs.getLong("id"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        RetentionRule.valueOf(rs.getString("rule")), rs.getLong("household_id"),
                        rs.getObject("child_id", Long.class), rs.getInt("rows_changed"), rs.getString("actor")))
                .list();
    }
}
