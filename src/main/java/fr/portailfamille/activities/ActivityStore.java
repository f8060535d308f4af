package fr.portailfamille.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActivityRow(long id, String code, String name, ActivityKind kind, int minAge, int maxAge, int capacity,
                       String booking, String cancellation, boolean dailyReservations, boolean validation) {
    }

    List<ActivityRow> all() {
        return jdbc.sql("SELECT * FROM activity ORDER BY name, id").query((rs, n) -> row(rs)).list();
    }

    Optional<ActivityRow> find(long id) {
        return jdbc.sql("SELECT * FROM activity WHERE id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    long insert(ActivitySettings s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity (code, name, kind, min_age, max_age, daily_capacity, booking_deadline,
                    cancellation_deadline, daily_reservations, validation_required)
                VALUES (:code, :name, :kind, :min, :max, :cap, :booking, :cancel, :daily, :validation)""")
                .paramSource(params(s).addValue("code", ActivityCodes.unique(s.name(), this::codeTaken)))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM activity WHERE code = :c").param("c", code)
                .query(Long.class).single() > 0;
    }

    void update(long id, ActivitySettings s) {
        jdbc.sql("""
                UPDATE activity SET name = :name, kind = :kind, min_age = :min, max_age = :max, daily_capacity = :cap,
                    booking_deadline = :booking, cancellation_deadline = :cancel, daily_reservations = :daily,
                    validation_required = :validation WHERE id = :id""")
                .paramSource(params(s).addValue("id", id)).update();
    }

    List<PeriodView> periods(long activityId) {
        return jdbc.sql("SELECT * FROM activity_period WHERE activity_id = :a ORDER BY start_date, id")
                .param("a", activityId)
                .query((rs, n) -> new PeriodView(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("label"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        PeriodView.parseWeekdays(rs.getString("weekdays"))))
                .list();
    }

    long insertPeriod(long activityId, String label, LocalDate start, LocalDate end, String weekdays) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity_period (activity_id, label, start_date, end_date, weekdays)
                VALUES (:a, :label, :start, :end, :weekdays)""")
                .param("a", activityId).param("label", label).param("start", start).param("end", end)
                .param("weekdays", weekdays).update(keys, "id");
        return keys.getKey().longValue();
    }

    int deletePeriod(long activityId, long periodId) {
        return jdbc.sql("DELETE FROM activity_period WHERE activity_id = :a AND id = :p")
                .param("a", activityId).param("p", periodId).update();
    }

    List<ClosingDay> closingDays(long activityId) {
        return jdbc.sql("SELECT closed_on, label FROM activity_closing_day WHERE activity_id = :a ORDER BY closed_on")
                .param("a", activityId)
                .query((rs, n) -> new ClosingDay(rs.getObject("closed_on", LocalDate.class), rs.getString("label")))
                .list();
    }

    void insertClosingDay(long activityId, LocalDate day, String label) {
        jdbc.sql("DELETE FROM activity_closing_day WHERE activity_id = :a AND closed_on = :d")
                .param("a", activityId).param("d", day).update();
        jdbc.sql("INSERT INTO activity_closing_day (activity_id, closed_on, label) VALUES (:a, :d, :label)")
                .param("a", activityId).param("d", day).param("label", label).update();
    }

    int deleteClosingDay(long activityId, LocalDate day) {
        return jdbc.sql("DELETE FROM activity_closing_day WHERE activity_id = :a AND closed_on = :d")
                .param("a", activityId).param("d", day).update();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(ActivitySettings s) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("name", s.name()).addValue("kind", s.kind().name()).addValue("min", s.minAge())
                .addValue("max", s.maxAge()).addValue("cap", s.dailyCapacity())
                .addValue("booking", s.bookingDeadline().label())
                .addValue("cancel", s.cancellationDeadline().label())
                .addValue("daily", s.dailyReservations()).addValue("validation", s.validationRequired());
    }

    private static ActivityRow row(ResultSet rs) throws SQLException {
        return new ActivityRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getInt("min_age"), rs.getInt("max_age"), rs.getInt("daily_capacity"),
                rs.getString("booking_deadline"), rs.getString("cancellation_deadline"),
                rs.getBoolean("daily_reservations"), rs.getBoolean("validation_required"));
    }
}
