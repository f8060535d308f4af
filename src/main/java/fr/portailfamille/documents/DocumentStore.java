package fr.portailfamille.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Document types, the activities requiring them, each activity's moment, and the documents families sent. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- types

    /** The types the town asks for (not withdrawn). */
    List<DocumentType> types() {
        return types(false);
    }

    /** The types the town no longer asks for, kept with what families sent. */
    List<DocumentType> withdrawnTypes() {
        return types(true);
    }

    private List<DocumentType> types(boolean withdrawn) {
        var links = typeActivities();
        return jdbc.sql("SELECT * FROM document_type WHERE withdrawn_at IS " + (withdrawn ? "NOT NULL" : "NULL")
                        + " ORDER BY name, id")
                .query((rs, n) -> type(rs, links.getOrDefault(rs.getLong("id"), Set.of()))).list();
    }

    /** Withdraws or restores the type; false when it was not in the other state. */
    boolean setWithdrawn(long id, Instant at) {
        return jdbc.sql("UPDATE document_type SET withdrawn_at = :at WHERE id = :id AND withdrawn_at IS "
                        + (at == null ? "NOT NULL" : "NULL"))
                .param("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id).update() == 1;
    }

    /** The type, asked for or withdrawn (a pending document of a withdrawn type is still decided). */
    Optional<DocumentType> type(long id) {
        Set<Long> links = jdbc.sql("SELECT activity_id FROM document_type_activity WHERE document_type_id = :id")
                .param("id", id).query(Long.class).set();
        return jdbc.sql("SELECT * FROM document_type WHERE id = :id").param("id", id)
                .query((rs, n) -> type(rs, links)).optional();
    }

    long insertType(DocumentTypeSettings s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document_type (name, scope, audience, validity, validity_months, health)
                VALUES (:name, :scope, :audience, :validity, :months, :health)""")
                .param("name", s.name()).param("scope", s.scope().name()).param("audience", s.audience().name()).param("validity", s.validity().name())
                .param("months", s.validity() == Validity.MONTHS ? s.months() : null).param("health", s.health())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        linkActivities(id, s.activityIds());
        return id;
    }

    void updateType(long id, DocumentTypeSettings s) {
        jdbc.sql("""
                UPDATE document_type SET name = :name, scope = :scope, audience = :audience, validity = :validity,
                    validity_months = :months, health = :health WHERE id = :id""")
                .param("name", s.name()).param("scope", s.scope().name()).param("audience", s.audience().name()).param("validity", s.validity().name())
                .param("months", s.validity() == Validity.MONTHS ? s.months() : null).param("health", s.health())
                .param("id", id).update();
        jdbc.sql("DELETE FROM document_type_activity WHERE document_type_id = :id").param("id", id).update();
        linkActivities(id, s.activityIds());
    }

    private void linkActivities(long typeId, Collection<Long> activityIds) {
        for (long activityId : new LinkedHashSet<>(activityIds)) {
            jdbc.sql("INSERT INTO document_type_activity (document_type_id, activity_id) VALUES (:t, :a)")
                    .param("t", typeId).param("a", activityId).update();
        }
    }

    private Map<Long, Set<Long>> typeActivities() {
        Map<Long, Set<Long>> links = new HashMap<>();
        jdbc.sql("SELECT document_type_id, activity_id FROM document_type_activity").query(rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
        });
        return links;
    }

    private static DocumentType type(ResultSet rs, Set<Long> activities) throws SQLException {
        return new DocumentType(rs.getLong("id"), rs.getString("name"), DocumentScope.valueOf(rs.getString("scope")),
                DocumentAudience.valueOf(rs.getString("audience")), Validity.valueOf(rs.getString("validity")), (Integer) rs.getObject("validity_months", Integer.class),
                rs.getBoolean("health"), Set.copyOf(activities));
    }

    /** Whether a document type still asked for, or a consent, names the activity: the booking hot path's one read. */
    boolean requiresAnything(long activityId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT l.activity_id FROM document_type_activity l
                                        JOIN document_type t ON t.id = l.document_type_id AND t.withdrawn_at IS NULL
                                       WHERE l.activity_id = :a
                                      UNION ALL
                                      SELECT activity_id FROM consent_type_activity WHERE activity_id = :a) r""")
                .param("a", activityId).query(Long.class).single() > 0;
    }

    // ---- moments

    DocumentMoment moment(long activityId) {
        return jdbc.sql("SELECT moment FROM activity_document_moment WHERE activity_id = :a").param("a", activityId)
                .query(String.class).optional().map(DocumentMoment::valueOf).orElse(DocumentMoment.ENROLMENT);
    }

    Map<Long, DocumentMoment> moments() {
        Map<Long, DocumentMoment> moments = new HashMap<>();
        jdbc.sql("SELECT activity_id, moment FROM activity_document_moment")
                .query(rs -> {
                    moments.put(rs.getLong(1), DocumentMoment.valueOf(rs.getString(2)));
                });
        return moments;
    }

    void setMoment(long activityId, DocumentMoment moment) {
        int updated = jdbc.sql("UPDATE activity_document_moment SET moment = :m WHERE activity_id = :a")
                .param("m", moment.name()).param("a", activityId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO activity_document_moment (activity_id, moment) VALUES (:a, :m)")
                    .param("m", moment.name()).param("a", activityId).update();
        }
    }

    // ---- documents sent

    long insertProvided(long householdId, Long childId, long typeId, Long requestId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO provided_document (household_id, child_id, document_type_id, request_id, status,
                    submitted_at) VALUES (:h, :c, :t, :r, 'PENDING', :at)""")
                .param("h", householdId).param("c", childId).param("t", typeId).param("r", requestId)
                .param("at", utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void linkRequest(long id, long requestId) {
        jdbc.sql("UPDATE provided_document SET request_id = :r WHERE id = :id").param("r", requestId).param("id", id)
                .update();
    }

    /** An accepted document ending soon that no newer (pending or longer valid) one replaces. */
    record Expiring(long id, long householdId, Long childId, long typeId, String typeName, boolean health,
                    LocalDate validUntil) {
    }

    List<Expiring> expiringBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT d.id, d.household_id, d.child_id, t.id, t.name, t.health, d.valid_until
                  FROM provided_document d JOIN document_type t ON t.id = d.document_type_id
                 WHERE d.status = 'ACCEPTED' AND d.valid_until BETWEEN :f AND :t
                   AND NOT EXISTS (SELECT 1 FROM provided_document n
                                    WHERE n.household_id = d.household_id AND n.document_type_id = d.document_type_id
                                      AND (n.child_id = d.child_id OR (n.child_id IS NULL AND d.child_id IS NULL))
                                      AND n.id <> d.id
                                      AND (n.status = 'PENDING' OR (n.status = 'ACCEPTED'
                                           AND (n.valid_until IS NULL OR n.valid_until > d.valid_until))))
                 ORDER BY d.id""")
                .param("f", from).param("t", to)
                .query((rs, n) -> new Expiring(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getLong(4), rs.getString(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class))).list();
    }

    List<ProvidedDocument> ofHousehold(long householdId) {
        return jdbc.sql("SELECT * FROM provided_document WHERE household_id = :h ORDER BY submitted_at, id")
                .param("h", householdId).query((rs, n) -> provided(rs)).list();
    }

    Optional<ProvidedDocument> byRequest(long requestId) {
        return jdbc.sql("SELECT * FROM provided_document WHERE request_id = :r").param("r", requestId)
                .query((rs, n) -> provided(rs)).optional();
    }

    List<ProvidedDocument> pending() {
        return jdbc.sql("SELECT * FROM provided_document WHERE status = 'PENDING' ORDER BY submitted_at, id")
                .query((rs, n) -> provided(rs)).list();
    }

    /** The validity end an agent chose, kept on the pending document until the acceptance applies it. */
    void presetValidity(long requestId, LocalDate validUntil) {
        jdbc.sql("UPDATE provided_document SET valid_until = :v WHERE request_id = :r AND status = 'PENDING'")
                .param("v", validUntil).param("r", requestId).update();
    }

    void decide(long requestId, ProvidedStatus status, LocalDate validUntil, String reason, Instant at) {
        jdbc.sql("""
                UPDATE provided_document SET status = :s, valid_until = :v, refusal_reason = :reason,
                    decided_at = :at WHERE request_id = :r""")
                .param("s", status.name()).param("v", validUntil).param("reason", reason).param("at", utc(at))
                .param("r", requestId).update();
    }

    private static ProvidedDocument provided(ResultSet rs) throws SQLException {
        return new ProvidedDocument(rs.getLong("id"), rs.getLong("household_id"),
                (Long) rs.getObject("child_id", Long.class), rs.getLong("document_type_id"), rs.getLong("request_id"), // 0 until linked
                ProvidedStatus.valueOf(rs.getString("status")), rs.getObject("valid_until", LocalDate.class),
                rs.getString("refusal_reason"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
