package fr.portailfamille.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AbsenceStore {

    private static final String COLUMNS = """
            id, household_id, child_id, first_day, last_day, reason, comment, certificate_name, freed_days,
            late_days, request_id""";

    private final JdbcClient jdbc;

    AbsenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long householdId, long childId, LocalDate first, LocalDate last, AbsenceReason reason,
                String comment, UploadedFile certificate, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO absence (household_id, child_id, first_day, last_day, reason, comment, certificate,
                    certificate_name, certificate_type, freed_days, late_days, created_at)
                VALUES (:h, :c, :f, :l, :r, :comment, :cert, :name, :type, 0, 0, :at)""")
                .param("h", householdId).param("c", childId).param("f", first).param("l", last)
                .param("r", reason.name()).param("comment", comment)
                .param("cert", certificate == null ? null : certificate.content())
                .param("name", certificate == null ? null : certificate.originalName())
                .param("type", certificate == null ? null : certificate.contentType())
                .param("at", ReservationStore.utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void counts(long id, int freed, int late, Long requestId) {
        jdbc.sql("UPDATE absence SET freed_days = :f, late_days = :l, request_id = :r WHERE id = :id")
                .param("f", freed).param("l", late).param("r", requestId).param("id", id).update();
    }

    List<AbsenceView> ofChild(long childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM absence WHERE child_id = :c ORDER BY first_day DESC, id DESC")
                .param("c", childId).query((rs, n) -> view(rs)).list();
    }

    Optional<AbsenceView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM absence WHERE id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional();
    }

    Optional<UploadedFile> certificate(long id) {
        return jdbc.sql("""
                SELECT certificate, certificate_name, certificate_type FROM absence
                 WHERE id = :id AND certificate IS NOT NULL""").param("id", id)
                .query((rs, n) -> new UploadedFile(rs.getString("certificate_name"), rs.getString("certificate_type"),
                        rs.getBytes("certificate")))
                .optional();
    }

    private static AbsenceView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AbsenceView(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("child_id"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                AbsenceReason.valueOf(rs.getString("reason")), rs.getString("comment"),
                rs.getString("certificate_name"), rs.getInt("freed_days"), rs.getInt("late_days"),
                (Long) rs.getObject("request_id", Long.class));
    }
}
