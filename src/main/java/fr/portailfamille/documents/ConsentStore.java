package fr.portailfamille.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

/** Consent types, the activities requiring them, and every answer given (never updated: history). */
@Repository
class ConsentStore {

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsentType> types() {
        Map<Long, Set<Long>> links = new HashMap<>();
        jdbc.sql("SELECT consent_type_id, activity_id FROM consent_type_activity").query(rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
        });
        return jdbc.sql("SELECT * FROM consent_type ORDER BY category, name, id")
                .query((rs, n) -> new ConsentType(rs.getLong("id"), rs.getString("name"),
                        ConsentCategory.valueOf(rs.getString("category")), rs.getString("description"),
                        Set.copyOf(links.getOrDefault(rs.getLong("id"), Set.of())))).list().stream()
                .sorted(java.util.Comparator.comparing(ConsentType::category)) // image rights first; stable on names
                .toList();
    }

    Optional<ConsentType> type(long id) {
        return types().stream().filter(t -> t.id() == id).findFirst();
    }

    long insertType(ConsentTypeSettings s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consent_type (name, category, description) VALUES (:name, :category, :description)")
                .param("name", s.name()).param("category", s.category().name()).param("description", s.description())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        link(id, s.activityIds());
        return id;
    }

    void updateType(long id, ConsentTypeSettings s) {
        jdbc.sql("UPDATE consent_type SET name = :name, category = :category, description = :description WHERE id = :id")
                .param("name", s.name()).param("category", s.category().name()).param("description", s.description())
                .param("id", id).update();
        jdbc.sql("DELETE FROM consent_type_activity WHERE consent_type_id = :id").param("id", id).update();
        link(id, s.activityIds());
    }

    private void link(long typeId, Collection<Long> activityIds) {
        for (long activityId : new LinkedHashSet<>(activityIds)) {
            jdbc.sql("INSERT INTO consent_type_activity (consent_type_id, activity_id) VALUES (:t, :a)")
                    .param("t", typeId).param("a", activityId).update();
        }
    }

    void insertAnswer(long householdId, long childId, long typeId, ConsentAnswer answer, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO consent_answer (household_id, child_id, consent_type_id, answer, answered_at, answered_by)
                VALUES (:h, :c, :t, :a, :at, :by)""")
                .param("h", householdId).param("c", childId).param("t", typeId).param("a", answer.name())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).update();
    }

    /** Every answer for these children, oldest first. */
    List<ConsentRecord> answers(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM consent_answer WHERE child_id IN (:c) ORDER BY answered_at, id""")
                .param("c", childIds).query((rs, n) -> record(rs)).list();
    }

    private static ConsentRecord record(ResultSet rs) throws SQLException {
        return new ConsentRecord(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("consent_type_id"),
                ConsentAnswer.valueOf(rs.getString("answer")),
                rs.getObject("answered_at", OffsetDateTime.class).toInstant(), rs.getString("answered_by"));
    }
}
