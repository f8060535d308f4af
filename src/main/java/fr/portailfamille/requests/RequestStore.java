package fr.portailfamille.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RequestStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new pending request as it is now stored (built here: reading it back would cost a statement). */
    RequestView insert(NewRequest r, Instant at, String requestedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO request (household_id, kind, subject_id, subject_label, proposed, current_values,
                    status, created_at, requested_by)
                VALUES (:h, :kind, :subject, :label, :proposed, :current, 'PENDING', :at, :by)""")
                .param("by", requestedBy)
                .param("h", r.householdId()).param("kind", r.kind()).param("subject", r.subjectId())
                .param("label", r.subjectLabel()).param("proposed", write(r.proposed()))
                .param("current", write(r.current())).param("at", utc(at))
                .update(keys, "id");
        return new RequestView(keys.getKey().longValue(), r.householdId(), r.kind(), r.subjectId(), r.subjectLabel(),
                new LinkedHashMap<>(r.proposed()), new LinkedHashMap<>(r.current()), RequestStatus.PENDING,
                at.truncatedTo(java.time.temporal.ChronoUnit.MICROS), null, null, null, requestedBy);
    }

    /** Reads and locks the row: two agents deciding the same request are serialised. */
    Optional<Request> lock(long id) {
        return jdbc.sql("SELECT * FROM request WHERE id = :id FOR UPDATE").param("id", id)
                .query((rs, n) -> new Request(view(rs))).optional();
    }

    void save(Request request) {
        var v = request.view();
        jdbc.sql("""
                UPDATE request SET status = :status, decided_at = :at, decided_by = :by, comment = :comment
                 WHERE id = :id""")
                .param("status", v.status().name()).param("at", v.decidedAt() == null ? null : utc(v.decidedAt()))
                .param("by", v.decidedBy()).param("comment", v.comment()).param("id", v.id()).update();
    }

    Optional<RequestView> find(long id) {
        return jdbc.sql("SELECT * FROM request WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional();
    }

    List<RequestView> pending(long householdId, String kind, Long subjectId) {
        return jdbc.sql("""
                SELECT * FROM request WHERE household_id = :h AND kind = :kind AND status = 'PENDING'
                   AND ((CAST(:subject AS BIGINT) IS NULL AND subject_id IS NULL) OR subject_id = CAST(:subject AS BIGINT))
                 ORDER BY created_at, id""")
                .param("h", householdId).param("kind", kind).param("subject", subjectId)
                .query((rs, n) -> view(rs)).list();
    }

    List<RequestView> ofHousehold(long householdId, RequestStatus status) {
        return jdbc.sql("""
                SELECT * FROM request WHERE household_id = :h AND (CAST(:status AS VARCHAR(12)) IS NULL OR status = CAST(:status AS VARCHAR(12)))
                 ORDER BY created_at DESC, id DESC""")
                .param("h", householdId).param("status", status == null ? null : status.name())
                .query((rs, n) -> view(rs)).list();
    }

    List<RequestView> queue(String kindPrefix, Long householdId, int limit) {
        return jdbc.sql("""
                SELECT * FROM request WHERE status = 'PENDING'
                   AND (CAST(:kind AS VARCHAR(41)) IS NULL OR kind LIKE CAST(:kind AS VARCHAR(41)))
                   AND (CAST(:h AS BIGINT) IS NULL OR household_id = CAST(:h AS BIGINT))
                 ORDER BY created_at, id LIMIT :limit""")
                .param("kind", kindPrefix == null ? null : kindPrefix + "%").param("h", householdId)
                .param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    List<PendingKind> pendingByKind() {
        return jdbc.sql("SELECT kind, COUNT(*) AS n, MIN(created_at) AS oldest FROM request WHERE status = 'PENDING' "
                        + "GROUP BY kind ORDER BY MIN(created_at)")
                .query((rs, i) -> new PendingKind(rs.getString("kind"), rs.getLong("n"),
                        rs.getObject("oldest", OffsetDateTime.class).toInstant())).list();
    }

    /** Requests that were open at some time in [from, to): created before {@code to}, not decided before {@code from}. */
    List<RequestFlow.Moment> moments(Instant from, Instant to) {
        return jdbc.sql("SELECT created_at, decided_at FROM request WHERE created_at < :to "
                        + "AND (decided_at IS NULL OR decided_at >= :from)")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new RequestFlow.Moment(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("decided_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null))).list();
    }

    Map<String, Long> pendingCountsByKind() {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("SELECT kind, COUNT(*) AS n FROM request WHERE status = 'PENDING' GROUP BY kind ORDER BY kind")
                .query(rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                });
        return counts;
    }

    private static RequestView view(ResultSet rs) throws SQLException {
        return new RequestView(rs.getLong("id"), (Long) rs.getObject("household_id", Long.class), rs.getString("kind"),
                (Long) rs.getObject("subject_id", Long.class), rs.getString("subject_label"),
                read(rs.getString("proposed")), read(rs.getString("current_values")),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("decided_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null),
                rs.getString("decided_by"), rs.getString("comment"), rs.getString("requested_by"));
    }

    private static String write(Map<String, String> fields) {
        return JSON.writeValueAsString(fields);
    }

    private static LinkedHashMap<String, String> read(String json) {
        return JSON.readValue(json, FIELDS);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
