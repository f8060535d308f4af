package fr.portailfamille.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the check-in (pointage): its rows, the taps already recorded, the closed days. */
@Repository
class CheckInStore {

    record Row(long reservationId, OffsetDateTime arrivedAt, OffsetDateTime leftAt, String pickedUpBy,
               boolean absent, boolean walkIn) {
    }

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Row> of(Collection<Long> reservationIds) {
        if (reservationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT reservation_id, arrived_at, left_at, picked_up_by, absent, walk_in
                  FROM check_in WHERE reservation_id IN (:ids)""")
                .param("ids", reservationIds).query(Row.class).list().stream()
                .collect(Collectors.toMap(Row::reservationId, Function.identity()));
    }

    /** Records the tap's id; false when it was already recorded (a replay). */
    boolean recordTap(String tapId, long reservationId, String action, Instant tappedAt, Instant now, String agent) {
        return jdbc.sql("""
                INSERT INTO check_in_tap (tap_id, reservation_id, action, tapped_at, recorded_at, agent)
                VALUES (:t, :r, :a, :at, :now, :agent) ON CONFLICT DO NOTHING""")
                .param("t", tapId).param("r", reservationId).param("a", action)
                .param("at", ReservationStore.utc(tappedAt)).param("now", ReservationStore.utc(now))
                .param("agent", agent).update() == 1;
    }

    void save(Row row, String agent, Instant now) {
        int updated = jdbc.sql("""
                UPDATE check_in SET arrived_at = :arr, left_at = :left, picked_up_by = :by, absent = :abs,
                    walk_in = :walk, updated_by = :agent, updated_at = :now WHERE reservation_id = :r""")
                .params(params(row, agent, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO check_in (reservation_id, arrived_at, left_at, picked_up_by, absent, walk_in,
                                          updated_by, updated_at)
                    VALUES (:r, :arr, :left, :by, :abs, :walk, :agent, :now)""")
                    .params(params(row, agent, now)).update();
        }
    }

    private static Map<String, Object> params(Row row, String agent, Instant now) {
        var p = new java.util.HashMap<String, Object>();
        p.put("r", row.reservationId());
        p.put("arr", row.arrivedAt());
        p.put("left", row.leftAt());
        p.put("by", row.pickedUpBy());
        p.put("abs", row.absent());
        p.put("walk", row.walkIn());
        p.put("agent", agent);
        p.put("now", ReservationStore.utc(now));
        return p;
    }

    boolean closed(long activityId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM check_in_day WHERE activity_id = :a AND service_day = :d")
                .param("a", activityId).param("d", day).query(Integer.class).single() > 0;
    }

    void close(long activityId, LocalDate day, String agent, Instant now) {
        jdbc.sql("""
                INSERT INTO check_in_day (activity_id, service_day, closed_at, closed_by)
                VALUES (:a, :d, :now, :agent) ON CONFLICT DO NOTHING""")
                .param("a", activityId).param("d", day).param("now", ReservationStore.utc(now))
                .param("agent", agent).update();
    }

    List<Long> walkIns(Collection<Long> reservationIds) {
        if (reservationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT reservation_id FROM check_in WHERE walk_in AND reservation_id IN (:ids)")
                .param("ids", reservationIds).query(Long.class).list();
    }
}
