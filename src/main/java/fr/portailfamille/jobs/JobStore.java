package fr.portailfamille.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of job and job_error. */
@Repository
class JobStore {

    /** Separates the summary's arguments (one a line: they are figures, months and amounts, never multi-line). */
    private static final String SEP = "\n";

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a running job; fails with DuplicateKeyException when one of the kind is running. */
    long insertRunning(String kind, String label, String startedBy, Instant at) {
        return insertRunning(kind, label, startedBy, at, null);
    }

    /** The same, owned by the instance that will run it (its heartbeat starts now). */
    long insertRunning(String kind, String label, String startedBy, Instant at, String owner) {
        jdbc.sql("INSERT INTO job (kind, running_kind, state, label, started_by, started_at, owner, heartbeat_at) "
                        + "VALUES (:kind, :kind, 'RUNNING', :label, :by, :at, :owner, :beat)")
                .param("kind", kind).param("label", label).param("by", startedBy).param("at", Timestamp.from(at))
                .param("owner", owner).param("beat", owner == null ? null : Timestamp.from(at)).update();
        return runningOf(kind).orElseThrow();
    }

    /** This instance's running jobs are alive: their heartbeat moves to now. */
    int beat(String owner, Instant at) {
        return jdbc.sql("UPDATE job SET heartbeat_at = :at WHERE owner = :owner AND state = 'RUNNING'")
                .param("at", Timestamp.from(at)).param("owner", owner).update();
    }

    /**
     * Marks interrupted the running jobs whose instance stopped beating before {@code staleBefore} (or that never had
     * one). An instance's id is new at each start, so the rows a previous life of this instance left are stale too.
     */
    int interruptStale(Instant staleBefore, Instant at) {
        return jdbc.sql("UPDATE job SET state = 'INTERRUPTED', running_kind = NULL, finished_at = :at, "
                        + "summary_key = 'jobs.interrupted', summary_args = '' WHERE state = 'RUNNING' "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < :stale)")
                .param("at", Timestamp.from(at)).param("stale", Timestamp.from(staleBefore)).update();
    }

    void fileName(long id, String name) {
        jdbc.sql("UPDATE job SET file_name = :name WHERE id = :id").param("name", name).param("id", id).update();
    }

    /** Adds a part to the job's file (in the caller's transaction: the chunk's). */
    void appendFile(long id, String content) {
        jdbc.sql("INSERT INTO job_file_part (job_id, seq, content) SELECT :id, COALESCE(MAX(seq), 0) + 1, :content "
                        + "FROM job_file_part WHERE job_id = :id")
                .param("id", id).param("content", content).update();
    }

    /** The job's file, its parts in order. */
    String file(long id) {
        var out = new StringBuilder();
        jdbc.sql("SELECT content FROM job_file_part WHERE job_id = :id ORDER BY seq").param("id", id)
                .query(rs -> {
                    out.append(rs.getString("content"));
                });
        return out.toString();
    }

    Optional<Long> runningOf(String kind) {
        return jdbc.sql("SELECT id FROM job WHERE running_kind = :kind").param("kind", kind).query(Long.class)
                .optional();
    }

    void total(long id, int total) {
        jdbc.sql("UPDATE job SET total = :total WHERE id = :id").param("total", total).param("id", id).update();
    }

    /** Counts items done; false when the job is no longer running (another instance marked it interrupted). */
    boolean advance(long id, int items) {
        return jdbc.sql("UPDATE job SET done = done + :n WHERE id = :id AND state = 'RUNNING'").param("n", items)
                .param("id", id).update() == 1;
    }

    void error(long id, Long householdId, String reasonKey, String detail) {
        jdbc.sql("INSERT INTO job_error (job_id, household_id, reason_key, detail) VALUES (:id, :h, :r, :d)")
                .param("id", id).param("h", householdId).param("r", reasonKey)
                .param("d", detail == null ? "" : detail.length() > 400 ? detail.substring(0, 400) : detail).update();
    }

    /** Ends a running job (no effect on one already ended). */
    void end(long id, JobState state, Instant at, String summaryKey, List<String> args, String resultPath) {
        jdbc.sql("UPDATE job SET state = :state, running_kind = NULL, finished_at = :at, summary_key = :key, "
                        + "summary_args = :args, result_path = :path WHERE id = :id AND state = 'RUNNING'")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("key", summaryKey)
                .param("args", String.join(SEP, args)).param("path", resultPath).param("id", id).update();
    }

    Optional<JobView> find(long id) {
        return jdbc.sql("SELECT * FROM job WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs, errors(id))).optional();
    }

    List<JobView> recent(int limit) {
        return jdbc.sql("SELECT * FROM job ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> view(rs, List.of())).list();
    }

    private List<JobView.Error> errors(long id) {
        return jdbc.sql("SELECT household_id, reason_key, detail FROM job_error WHERE job_id = :id "
                        + "ORDER BY household_id LIMIT 500").param("id", id)
                .query((rs, n) -> new JobView.Error(rs.getObject("household_id") == null ? null
                        : rs.getLong("household_id"), rs.getString("reason_key"), rs.getString("detail"))).list();
    }

    private static JobView view(ResultSet rs, List<JobView.Error> errors) throws SQLException {
        String args = rs.getString("summary_args");
        return new JobView(rs.getLong("id"), rs.getString("kind"), JobState.valueOf(rs.getString("state")),
                rs.getString("label"), rs.getString("started_by"), rs.getInt("done"), rs.getInt("total"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("summary_key"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEP, -1)),
                rs.getString("result_path"), errors, rs.getString("file_name"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
