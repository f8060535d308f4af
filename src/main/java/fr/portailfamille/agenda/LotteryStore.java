package fr.portailfamille.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.shared.WriteThrough;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Booking windows, lottery requests, the households' priority flags and the allocation runs. */
@Repository
class LotteryStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    /**
     * An activity's windows are read by every reservation request and agenda page, and change when an agent edits
     * them or an allocation runs: kept a few seconds, cleared by every such write of this instance (and again when
     * its transaction ends). Another instance sees a change within the expiry; windows are set up days ahead, and a
     * day asked in the seconds after an allocation elsewhere is refused as « tirage en cours », never booked twice.
     */
    private final Cache<Long, List<WindowRow>> windowsByActivity = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(java.time.Duration.ofSeconds(10)).build();

    LotteryStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- windows

    record WindowRow(long id, long activityId, long periodId, BookingMode mode, Instant opensAt, Instant closesAt,
                     Instant allocateAt, LotteryRules rules, Instant allocatedAt) {

        BookingWindow with(ActivityView activity) {
            var period = activity.period(periodId).orElseThrow();
            return new BookingWindow(id, activityId, activity.name(), period, mode, opensAt, closesAt, allocateAt,
                    rules, allocatedAt);
        }
    }

    private static final String WINDOW = """
            SELECT w.*, r.ran_at FROM booking_window w LEFT JOIN lottery_run r ON r.window_id = w.id""";

    List<WindowRow> windows() {
        return jdbc.sql(WINDOW + " ORDER BY w.opens_at, w.id").query((rs, n) -> window(rs)).list();
    }

    private void windowsChanged() {
        WriteThrough.clearNowAndAfterTransaction(windowsByActivity::invalidateAll);
    }

    List<WindowRow> windowsOf(long activityId) {
        return windowsByActivity.get(activityId, a -> List.copyOf(jdbc.sql(WINDOW
                + " WHERE w.activity_id = :a ORDER BY w.opens_at, w.id").param("a", a).query((rs, n) -> window(rs))
                .list()));
    }

    Optional<WindowRow> window(long id) {
        return jdbc.sql(WINDOW + " WHERE w.id = :id").param("id", id).query((rs, n) -> window(rs)).optional();
    }

    /** Lottery windows whose allocation time has come and that have not run. */
    List<Long> due(Instant now) {
        return jdbc.sql("""
                SELECT w.id FROM booking_window w
                 WHERE w.mode = 'LOTTERY' AND w.allocate_at <= :now
                   AND NOT EXISTS (SELECT 1 FROM lottery_run r WHERE r.window_id = w.id) ORDER BY w.id""")
                .param("now", ReservationStore.utc(now)).query(Long.class).list();
    }

    long insertWindow(long activityId, long periodId, BookingMode mode, Instant opens, Instant closes,
                      Instant allocate, LotteryRules rules) {
        windowsChanged();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO booking_window (activity_id, period_id, mode, opens_at, closes_at, allocate_at, rules,
                                            pai_quota)
                VALUES (:a, :p, :m, :o, :c, :al, :r, :q)""")
                .param("a", activityId).param("p", periodId).param("m", mode.name())
                .param("o", ReservationStore.utc(opens)).param("c", ReservationStore.utc(closes))
                .param("al", ReservationStore.utc(allocate)).param("r", rules.stored()).param("q", rules.paiQuota())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean periodHasWindow(long activityId, long periodId, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_window WHERE activity_id = :a AND period_id = :p AND id <> :x")
                .param("a", activityId).param("p", periodId).param("x", exceptId).query(Integer.class).single() > 0;
    }

    void updateWindow(long id, BookingMode mode, Instant opens, Instant closes, Instant allocate, LotteryRules rules) {
        windowsChanged();
        jdbc.sql("""
                UPDATE booking_window SET mode = :m, opens_at = :o, closes_at = :c, allocate_at = :al, rules = :r,
                       pai_quota = :q WHERE id = :id""")
                .param("m", mode.name()).param("o", ReservationStore.utc(opens))
                .param("c", ReservationStore.utc(closes)).param("al", ReservationStore.utc(allocate))
                .param("r", rules.stored()).param("q", rules.paiQuota()).param("id", id).update();
    }

    /** Locks the window row: one allocation at a time. */
    void lockWindow(long id) {
        jdbc.sql("SELECT id FROM booking_window WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).single();
    }

    private static WindowRow window(ResultSet rs) throws SQLException {
        return new WindowRow(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("period_id"),
                BookingMode.valueOf(rs.getString("mode")), instant(rs, "opens_at"), instant(rs, "closes_at"),
                instant(rs, "allocate_at"), LotteryRules.parse(rs.getString("rules"), rs.getInt("pai_quota")),
                instant(rs, "ran_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    // ---- requests

    record RequestRow(long id, long windowId, long householdId, long childId, LocalDate day, Instant askedAt,
                      Boolean placed, Integer lotteryRank, Integer waitingRank) {
    }

    void addRequest(long windowId, long householdId, long childId, LocalDate day, Instant at) {
        jdbc.sql("""
                INSERT INTO lottery_request (window_id, household_id, child_id, service_day, asked_at)
                SELECT :w, :h, :c, :d, :at WHERE NOT EXISTS (
                    SELECT 1 FROM lottery_request WHERE window_id = :w AND child_id = :c AND service_day = :d)""")
                .param("w", windowId).param("h", householdId).param("c", childId).param("d", day)
                .param("at", ReservationStore.utc(at)).update();
    }

    /** The households with at least one request in the window (for the reminder before it closes). */
    java.util.Set<Long> householdsWithRequests(long windowId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT household_id FROM lottery_request WHERE window_id = :w")
                .param("w", windowId).query(Long.class).list());
    }

    boolean removeRequest(long windowId, long childId, LocalDate day) {
        return jdbc.sql("DELETE FROM lottery_request WHERE window_id = :w AND child_id = :c AND service_day = :d")
                .param("w", windowId).param("c", childId).param("d", day).update() > 0;
    }

    List<RequestRow> requestsOfChild(long childId, Collection<Long> windowIds) {
        if (windowIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM lottery_request WHERE child_id = :c AND window_id IN (:w) ORDER BY service_day")
                .param("c", childId).param("w", windowIds).query((rs, n) -> request(rs)).list();
    }

    List<RequestRow> requestsOf(long windowId) {
        return jdbc.sql("SELECT * FROM lottery_request WHERE window_id = :w ORDER BY service_day, id")
                .param("w", windowId).query((rs, n) -> request(rs)).list();
    }

    record DayDemand(LocalDate day, int requests) {
    }

    List<DayDemand> demand(long windowId) {
        return jdbc.sql("""
                SELECT service_day, COUNT(*) AS n FROM lottery_request WHERE window_id = :w
                 GROUP BY service_day ORDER BY service_day""")
                .param("w", windowId)
                .query((rs, n) -> new DayDemand(rs.getObject("service_day", LocalDate.class), rs.getInt("n"))).list();
    }

    /** The draw's outcome on each request, in one JDBC batch. */
    void recordOutcomes(List<LotteryDraw.Outcome> outcomes) {
        batch.batchUpdate("UPDATE lottery_request SET placed = ?, lottery_rank = ?, waiting_rank = ? WHERE id = ?",
                outcomes.stream().map(o -> new Object[] {o.placed(), o.lotteryRank(), o.waitingRank(), o.requestId()})
                        .toList());
    }

    private static RequestRow request(ResultSet rs) throws SQLException {
        return new RequestRow(rs.getLong("id"), rs.getLong("window_id"), rs.getLong("household_id"),
                rs.getLong("child_id"), rs.getObject("service_day", LocalDate.class),
                rs.getObject("asked_at", OffsetDateTime.class).toInstant(), (Boolean) rs.getObject("placed"),
                (Integer) rs.getObject("lottery_rank"), (Integer) rs.getObject("waiting_rank"));
    }

    // ---- household flags

    record Flags(boolean workingParents, boolean acceptsSplit) {
        static final Flags NONE = new Flags(false, false);
    }

    Map<Long, Flags> flags(Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM lottery_household WHERE household_id IN (:h)").param("h", householdIds)
                .query((rs, n) -> Map.entry(rs.getLong("household_id"),
                        new Flags(rs.getBoolean("working_parents"), rs.getBoolean("accepts_split")))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Flags flags(long householdId) {
        return flags(List.of(householdId)).getOrDefault(householdId, Flags.NONE);
    }

    void setFlags(long householdId, Flags flags) {
        int updated = jdbc.sql("""
                UPDATE lottery_household SET working_parents = :w, accepts_split = :s WHERE household_id = :h""")
                .param("w", flags.workingParents()).param("s", flags.acceptsSplit()).param("h", householdId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lottery_household (household_id, working_parents, accepts_split) VALUES (:h, :w, :s)")
                    .param("w", flags.workingParents()).param("s", flags.acceptsSplit()).param("h", householdId)
                    .update();
        }
    }

    // ---- runs

    record Run(long windowId, long seed, Instant ranAt, String ranBy, LotteryRules rules) {
    }

    void insertRun(long windowId, long seed, Instant at, String by, LotteryRules rules,
                   List<LotteryDraw.DayFigures> days) {
        windowsChanged(); // the window is allocated: its days are booked first come again
        jdbc.sql("""
                INSERT INTO lottery_run (window_id, seed, ran_at, ran_by, rules, pai_quota)
                VALUES (:w, :s, :at, :by, :r, :q)""")
                .param("w", windowId).param("s", seed).param("at", ReservationStore.utc(at)).param("by", by)
                .param("r", rules.stored()).param("q", rules.paiQuota()).update();
        for (var d : days) {
            jdbc.sql("""
                    INSERT INTO lottery_run_day (window_id, service_day, requests, places, placed)
                    VALUES (:w, :d, :n, :p, :g)""")
                    .param("w", windowId).param("d", d.day()).param("n", d.requests()).param("p", d.places())
                    .param("g", d.placed()).update();
        }
    }

    Optional<Run> run(long windowId) {
        return jdbc.sql("SELECT * FROM lottery_run WHERE window_id = :w").param("w", windowId)
                .query((rs, n) -> new Run(rs.getLong("window_id"), rs.getLong("seed"), instant(rs, "ran_at"),
                        rs.getString("ran_by"), LotteryRules.parse(rs.getString("rules"), rs.getInt("pai_quota"))))
                .optional();
    }

    Map<LocalDate, LotteryDraw.DayFigures> runDays(long windowId) {
        return jdbc.sql("SELECT * FROM lottery_run_day WHERE window_id = :w ORDER BY service_day").param("w", windowId)
                .query((rs, n) -> new LotteryDraw.DayFigures(rs.getObject("service_day", LocalDate.class),
                        rs.getInt("requests"), rs.getInt("places"), rs.getInt("placed"))).list().stream()
                .collect(Collectors.toMap(LotteryDraw.DayFigures::day, Function.identity(), (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
