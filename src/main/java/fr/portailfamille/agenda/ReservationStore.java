package fr.portailfamille.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import fr.portailfamille.shared.DatabaseVendor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReservationStore {

    private final JdbcClient jdbc;
    /** PostgreSQL runs the one-statement forms below (data-modifying CTE, INSERT … RETURNING); H2 the portable ones. */
    private final boolean postgres;

    ReservationStore(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor.isPostgres();
    }

    // ---- the per activity-day counter

    void ensureDay(long activityId, LocalDate day) {
        jdbc.sql("""
                INSERT INTO activity_day_load (activity_id, service_day, taken) VALUES (:a, :d, 0)
                ON CONFLICT DO NOTHING""").param("a", activityId).param("d", day).update();
    }

    /**
     * Takes a place if one is left: the conditional UPDATE is atomic, concurrent takers wait on the row and
     * re-check {@code taken < capacity} on its newest version, so the counter never passes the capacity. The
     * counter row is created on the day's first request. On PostgreSQL one statement does the common cases: the
     * UPDATE, and (same snapshot) whether the day's row exists; a full day is not locked, so the waiting list's
     * requests do not queue behind each other on the hot row.
     */
    private static final int TOOK = 1, FULL = 0, NO_ROW = -1;

    boolean takePlace(long activityId, LocalDate day, int capacity) {
        if (!postgres) {
            ensureDay(activityId, day);
            return update(activityId, day, capacity);
        }
        var outcome = jdbc.sql("""
                WITH took AS (UPDATE activity_day_load SET taken = taken + 1
                               WHERE activity_id = :a AND service_day = :d AND taken < :cap RETURNING 1)
                SELECT (SELECT COUNT(*) FROM took) AS took,
                       EXISTS (SELECT 1 FROM activity_day_load WHERE activity_id = :a AND service_day = :d) AS present""")
                .param("a", activityId).param("d", day).param("cap", capacity)
                .query((rs, n) -> rs.getInt("took") == 1 ? TOOK : rs.getBoolean("present") ? FULL : NO_ROW)
                .single();
        if (outcome != NO_ROW) {
            return outcome == TOOK;
        }
        ensureDay(activityId, day); // the day's first request (or a concurrent first): create the row, then take
        return update(activityId, day, capacity);
    }

    private boolean update(long activityId, LocalDate day, int capacity) {
        return jdbc.sql("""
                UPDATE activity_day_load SET taken = taken + 1
                 WHERE activity_id = :a AND service_day = :d AND taken < :cap""")
                .param("a", activityId).param("d", day).param("cap", capacity).update() == 1;
    }

    void freePlace(long activityId, LocalDate day) {
        jdbc.sql("UPDATE activity_day_load SET taken = taken - 1 WHERE activity_id = :a AND service_day = :d AND taken > 0")
                .param("a", activityId).param("d", day).update();
    }

    int taken(long activityId, LocalDate day) {
        return jdbc.sql("SELECT taken FROM activity_day_load WHERE activity_id = :a AND service_day = :d")
                .param("a", activityId).param("d", day).query(Integer.class).optional().orElse(0);
    }

    Map<LocalDate, Integer> taken(long activityId, LocalDate from, LocalDate to) {
        var map = new HashMap<LocalDate, Integer>();
        jdbc.sql("""
                SELECT service_day, taken FROM activity_day_load
                 WHERE activity_id = :a AND service_day BETWEEN :f AND :t""")
                .param("a", activityId).param("f", from).param("t", to)
                .query(rs -> {
                    map.put(rs.getObject("service_day", LocalDate.class), rs.getInt("taken"));
                });
        return map;
    }

    // ---- reservations

    Optional<Reservation> lock(long childId, long activityId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE child_id = :c AND activity_id = :a AND service_day = :d FOR UPDATE""")
                .param("c", childId).param("a", activityId).param("d", day).query((rs, n) -> row(rs)).optional();
    }

    Optional<Reservation> find(long childId, long activityId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE child_id = :c AND activity_id = :a AND service_day = :d""")
                .param("c", childId).param("a", activityId).param("d", day).query((rs, n) -> row(rs)).optional();
    }

    Optional<Reservation> lock(long id) {
        return jdbc.sql("SELECT * FROM reservation WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    Optional<Reservation> find(long id) {
        return jdbc.sql("SELECT * FROM reservation WHERE id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** Creates the child's row for that day if missing (a concurrent twin is tolerated), then locks it. */
    Reservation lockOrCreate(long householdId, long childId, long activityId, LocalDate day, Instant now) {
        var insert = jdbc.sql("""
                INSERT INTO reservation (household_id, child_id, activity_id, service_day, status, holds_place,
                    queued_at, updated_at)
                VALUES (:h, :c, :a, :d, 'CANCELLED', FALSE, :now, :now) ON CONFLICT DO NOTHING"""
                + (postgres ? " RETURNING *" : ""))
                .param("h", householdId).param("c", childId).param("a", activityId).param("d", day)
                .param("now", utc(now));
        if (postgres) {
            // a new row comes back, locked by this transaction; an existing one is locked by the SELECT below
            var created = insert.query((rs, n) -> row(rs)).optional();
            if (created.isPresent()) {
                return created.get();
            }
        } else {
            insert.update();
        }
        return lock(childId, activityId, day).orElseThrow();
    }

    void update(long id, ReservationStatus status, boolean holdsPlace, Long requestId, Instant queuedAt,
                Instant now) {
        jdbc.sql("""
                UPDATE reservation SET status = :s, holds_place = :hold, request_id = :r, queued_at = :q,
                    updated_at = :now WHERE id = :id""")
                .param("s", status.name()).param("hold", holdsPlace).param("r", requestId).param("q", utc(queuedAt))
                .param("now", utc(now)).param("id", id).update();
    }

    void markAbsent(long id, ReservationStatus status, boolean holdsPlace, boolean billable, long absenceId,
                    Instant now) {
        jdbc.sql("""
                UPDATE reservation SET status = :s, holds_place = :hold, billable = :bill, absence_id = :abs,
                    updated_at = :now WHERE id = :id""")
                .param("s", status.name()).param("hold", holdsPlace).param("bill", billable).param("abs", absenceId)
                .param("now", utc(now)).param("id", id).update();
    }

    /** Pointage: a child expected but not come is absent without notice, billable (the place stays used). */
    boolean markNoShow(long id, Instant now) {
        return jdbc.sql("""
                UPDATE reservation SET status = 'ABSENT', billable = TRUE, updated_at = :now
                 WHERE id = :id AND status = 'RESERVED'""").param("now", utc(now)).param("id", id).update() == 1;
    }

    /** Pointage: the child came after all; only a no-show the pointage made goes back (not a declared absence). */
    boolean undoNoShow(long id, Instant now) {
        return jdbc.sql("""
                UPDATE reservation SET status = 'RESERVED', updated_at = :now
                 WHERE id = :id AND status = 'ABSENT' AND absence_id IS NULL""")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    void setBillable(long absenceId, boolean billable) {
        jdbc.sql("UPDATE reservation SET billable = :b WHERE absence_id = :a").param("b", billable)
                .param("a", absenceId).update();
    }

    /** The first on the waiting list, locked (first come, first served; ties by id). */
    Optional<Reservation> firstWaiting(long activityId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE activity_id = :a AND service_day = :d AND status = 'WAITING'
                 ORDER BY queued_at, id LIMIT 1 FOR UPDATE""")
                .param("a", activityId).param("d", day).query((rs, n) -> row(rs)).optional();
    }

    int waitingPosition(Reservation r) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day = :d AND status = 'WAITING'
                   AND (queued_at < :q OR (queued_at = :q AND id <= :id))""")
                .param("a", r.activityId()).param("d", r.day()).param("q", utc(r.queuedAt())).param("id", r.id())
                .query(Integer.class).single();
    }

    /** The child's waiting-list ranks over a range of days, in one statement (the agenda page shows them all). */
    Map<LocalDate, Integer> waitingPositions(long childId, long activityId, LocalDate from, LocalDate to) {
        var map = new HashMap<LocalDate, Integer>();
        jdbc.sql("""
                SELECT r.service_day,
                       (SELECT COUNT(*) FROM reservation w
                         WHERE w.activity_id = r.activity_id AND w.service_day = r.service_day
                           AND w.status = 'WAITING'
                           AND (w.queued_at < r.queued_at OR (w.queued_at = r.queued_at AND w.id <= r.id))) AS position
                  FROM reservation r
                 WHERE r.child_id = :c AND r.activity_id = :a AND r.status = 'WAITING'
                   AND r.service_day BETWEEN :f AND :t""")
                .param("c", childId).param("a", activityId).param("f", from).param("t", to)
                .query(rs -> {
                    map.put(rs.getObject("service_day", LocalDate.class), rs.getInt("position"));
                });
        return map;
    }

    List<Reservation> ofChild(long childId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE child_id = :c AND service_day BETWEEN :f AND :t
                 ORDER BY service_day, activity_id""")
                .param("c", childId).param("f", from).param("t", to).query((rs, n) -> row(rs)).list();
    }

    List<Reservation> ofDay(long activityId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE activity_id = :a AND service_day = :d
                 ORDER BY queued_at, id""")
                .param("a", activityId).param("d", day).query((rs, n) -> row(rs)).list();
    }

    List<Reservation> effectiveOfChild(long childId) {
        return jdbc.sql("""
                SELECT * FROM reservation WHERE child_id = :c AND status = 'RESERVED' ORDER BY service_day""")
                .param("c", childId).query((rs, n) -> row(rs)).list();
    }

    List<Long> householdsWithDaysBetween(long activityId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT DISTINCT household_id FROM reservation
                 WHERE activity_id = :a AND service_day BETWEEN :from AND :to
                   AND status IN ('REQUESTED', 'RESERVED', 'WAITING', 'ABSENT')""")
                .param("a", activityId).param("from", from).param("to", to).query(Long.class).list();
    }

    record DayCount(LocalDate day, int requested, int reserved, int waiting) {
    }

    List<DayCount> dayCounts(long activityId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT service_day,
                       SUM(CASE WHEN status = 'REQUESTED' THEN 1 ELSE 0 END) AS requested,
                       SUM(CASE WHEN status = 'RESERVED' THEN 1 ELSE 0 END) AS reserved,
                       SUM(CASE WHEN status = 'WAITING' THEN 1 ELSE 0 END) AS waiting
                  FROM reservation WHERE activity_id = :a AND service_day BETWEEN :f AND :t
                 GROUP BY service_day ORDER BY service_day""")
                .param("a", activityId).param("f", from).param("t", to)
                .query((rs, n) -> new DayCount(rs.getObject("service_day", LocalDate.class), rs.getInt("requested"),
                        rs.getInt("reserved"), rs.getInt("waiting")))
                .list();
    }

    private static Reservation row(ResultSet rs) throws SQLException {
        return new Reservation(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("child_id"),
                rs.getLong("activity_id"), rs.getObject("service_day", LocalDate.class),
                ReservationStatus.valueOf(rs.getString("status")), rs.getBoolean("holds_place"),
                rs.getBoolean("billable"), (Long) rs.getObject("request_id", Long.class),
                (Long) rs.getObject("absence_id", Long.class),
                rs.getObject("queued_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Per activity and day between the two dates: reserved, requested (awaiting validation) and waiting. */
    java.util.List<ActivityDayLoad> dayLoads(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT activity_id, service_day,
                       SUM(CASE WHEN status = 'RESERVED' THEN 1 ELSE 0 END) AS reserved,
                       SUM(CASE WHEN status = 'REQUESTED' THEN 1 ELSE 0 END) AS requested,
                       SUM(CASE WHEN status = 'WAITING' THEN 1 ELSE 0 END) AS waiting
                  FROM reservation
                 WHERE service_day BETWEEN :from AND :to AND status IN ('RESERVED', 'REQUESTED', 'WAITING')
                 GROUP BY activity_id, service_day ORDER BY service_day, activity_id""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new ActivityDayLoad(rs.getLong("activity_id"),
                        rs.getObject("service_day", java.time.LocalDate.class), rs.getInt("reserved"),
                        rs.getInt("requested"), rs.getInt("waiting"))).list();
    }
}
