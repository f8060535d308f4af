package fr.portailfamille.reminders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders sent, the kinds each household switched off, the town's lead time per kind. */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the reminder as sent; false when it already was (by an earlier run, or by another instance at the
     * same moment): the primary key decides.
     */
    boolean claim(long householdId, String kind, String subject, Instant at) {
        return jdbc.sql("""
                INSERT INTO reminder_sent (household_id, kind, subject, sent_at) VALUES (:h, :k, :s, :at)
                ON CONFLICT DO NOTHING""")
                .param("h", householdId).param("k", kind).param("s", subject)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    Set<ReminderPolicy.Sent> sent(String kind, Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT household_id, subject FROM reminder_sent WHERE kind = :k AND household_id IN (:h)""")
                .param("k", kind).param("h", householdIds)
                .query((rs, n) -> new ReminderPolicy.Sent(rs.getLong(1), rs.getString(2))).list());
    }

    int countSent(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE kind = :k").param("k", kind)
                .query(Integer.class).single();
    }

    Set<Long> switchedOff(String kind) {
        return new HashSet<>(jdbc.sql("SELECT household_id FROM reminder_opt_out WHERE kind = :k")
                .param("k", kind).query(Long.class).list());
    }

    Set<String> switchedOffKinds(long householdId) {
        return new HashSet<>(jdbc.sql("SELECT kind FROM reminder_opt_out WHERE household_id = :h")
                .param("h", householdId).query(String.class).list());
    }

    void setSwitchedOff(long householdId, Collection<String> kinds) {
        jdbc.sql("DELETE FROM reminder_opt_out WHERE household_id = :h").param("h", householdId).update();
        for (String kind : kinds) {
            jdbc.sql("INSERT INTO reminder_opt_out (household_id, kind) VALUES (:h, :k)")
                    .param("h", householdId).param("k", kind).update();
        }
    }

    Optional<Integer> leadDays(String kind) {
        return jdbc.sql("SELECT lead_days FROM reminder_lead_days WHERE kind = :k").param("k", kind)
                .query(Integer.class).optional();
    }

    void setLeadDays(String kind, int days) {
        if (jdbc.sql("UPDATE reminder_lead_days SET lead_days = :d WHERE kind = :k").param("d", days)
                .param("k", kind).update() == 0) {
            jdbc.sql("INSERT INTO reminder_lead_days (kind, lead_days) VALUES (:k, :d)").param("k", kind)
                    .param("d", days).update();
        }
    }
}
