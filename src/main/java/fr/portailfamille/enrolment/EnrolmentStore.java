package fr.portailfamille.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.shared.WriteThrough;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentStore {

    private static final String SELECT = """
            SELECT e.*, a.name AS activity_name, p.label AS period_label, p.start_date, p.end_date
              FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN activity_period p ON p.id = e.period_id
            """;

    private final JdbcClient jdbc;
    /**
     * A child's active periods are read by every agenda page and reservation request and change only when an
     * enrolment is accepted: kept a few seconds, cleared by every write of this instance (and again when its
     * transaction ends, so that a read between the write and the commit is not kept). Another instance sees a new
     * enrolment within the expiry; an active enrolment never becomes inactive, so a stale entry only delays it.
     */
    private final Cache<String, Set<Long>> active = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private void changed() {
        WriteThrough.clearNowAndAfterTransaction(active::invalidateAll);
    }

    List<EnrolmentView> ofChild(long childId) {
        return jdbc.sql(SELECT + " WHERE e.child_id = :c ORDER BY p.start_date, e.id").param("c", childId)
                .query((rs, n) -> new EnrolmentView(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getLong("child_id"), rs.getLong("activity_id"), rs.getString("activity_name"),
                        rs.getLong("period_id"), rs.getString("period_label"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        EnrolmentStatus.valueOf(rs.getString("status"))))
                .list();
    }

    Set<Long> activePeriods(long childId, long activityId) {
        return active.get(childId + ":" + activityId, key -> Set.copyOf(jdbc.sql("""
                SELECT period_id FROM enrolment WHERE child_id = :c AND activity_id = :a AND status = 'ACTIVE'""")
                .param("c", childId).param("a", activityId).query(Long.class).list()));
    }

    /** By child, the activities of the household's active or pending enrolments in periods not over on the day. */
    Map<Long, Set<Long>> activitiesByChild(long householdId, LocalDate today) {
        Map<Long, Set<Long>> byChild = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT e.child_id, e.activity_id FROM enrolment e JOIN activity_period p ON p.id = e.period_id
                 WHERE e.household_id = :h AND e.status IN ('ACTIVE', 'PENDING') AND p.end_date >= :today""")
                .param("h", householdId).param("today", today)
                .query(rs -> {
                    byChild.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
                });
        return byChild;
    }

    List<Long> householdsEnrolledIn(long activityId, LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT e.household_id FROM enrolment e JOIN activity_period p ON p.id = e.period_id
                 WHERE e.activity_id = :a AND e.status = 'ACTIVE' AND p.end_date >= :today
                 ORDER BY e.household_id""")
                .param("a", activityId).param("today", today).query(Long.class).list();
    }

    List<Long> householdsEnrolledInPeriod(long activityId, long periodId) {
        return jdbc.sql("""
                SELECT DISTINCT household_id FROM enrolment
                 WHERE activity_id = :a AND period_id = :p AND status = 'ACTIVE' ORDER BY household_id""")
                .param("a", activityId).param("p", periodId).query(Long.class).list();
    }

    Map<Long, Integer> householdCounts(LocalDate today) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                SELECT e.activity_id, COUNT(DISTINCT e.household_id) AS households
                  FROM enrolment e JOIN activity_period p ON p.id = e.period_id
                 WHERE e.status = 'ACTIVE' AND p.end_date >= :today
                 GROUP BY e.activity_id""")
                .param("today", today)
                .query(rs -> {
                    counts.put(rs.getLong("activity_id"), rs.getInt("households"));
                });
        return counts;
    }

    long insert(long householdId, long childId, long activityId, long periodId, EnrolmentStatus status,
                Instant at) {
        changed();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO enrolment (household_id, child_id, activity_id, period_id, status, created_at)
                VALUES (:h, :c, :a, :p, :s, :at)""")
                .param("h", householdId).param("c", childId).param("a", activityId).param("p", periodId)
                .param("s", status.name()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void linkRequest(String table, long id, long requestId) {
        jdbc.sql("UPDATE " + table + " SET request_id = :r WHERE id = :id").param("r", requestId).param("id", id)
                .update();
    }

    void setStatus(String table, long id, String status) {
        changed();
        jdbc.sql("UPDATE " + table + " SET status = :s WHERE id = :id AND status = 'PENDING'")
                .param("s", status).param("id", id).update();
    }

    long insertSchool(long householdId, long childId, SchoolEnrolmentForm f, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO school_enrolment (household_id, child_id, school_year, school_level, school,
                    outside_sector, reason, status, created_at)
                VALUES (:h, :c, :y, :l, :s, :o, :r, 'PENDING', :at)""")
                .param("h", householdId).param("c", childId).param("y", f.getSchoolYear())
                .param("l", f.getLevel()).param("s", f.getSchool()).param("o", f.isOutsideSector())
                .param("r", f.isOutsideSector() ? f.getReason().trim() : null)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    record SchoolRow(long id, String schoolYear, String level, String school, boolean outsideSector,
                     String reason, String status) {
    }

    List<SchoolRow> schoolOfChild(long childId) {
        return jdbc.sql("SELECT * FROM school_enrolment WHERE child_id = :c ORDER BY created_at DESC, id DESC")
                .param("c", childId)
                .query((rs, n) -> new SchoolRow(rs.getLong("id"), rs.getString("school_year"),
                        rs.getString("school_level"), rs.getString("school"), rs.getBoolean("outside_sector"),
                        rs.getString("reason"), rs.getString("status")))
                .list();
    }
}
