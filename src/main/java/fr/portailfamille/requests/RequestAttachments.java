package fr.portailfamille.requests;

import java.util.Optional;

import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo or proof a family sent with a request (already sanitised by shared.upload). Handlers read it
 * when they apply an accepted request; pages serve it to the family that sent it and to agents.
 */
@Component
public class RequestAttachments {

    private final JdbcClient jdbc;

    RequestAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long requestId, UploadedFile file) {
        jdbc.sql("""
                INSERT INTO request_attachment (request_id, file_name, content_type, content)
                VALUES (:id, :name, :type, :content)""")
                .param("id", requestId).param("name", file.originalName()).param("type", file.contentType())
                .param("content", file.content()).update();
    }

    @Transactional(readOnly = true)
    public Optional<UploadedFile> of(long requestId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM request_attachment WHERE request_id = :id")
                .param("id", requestId)
                .query((rs, n) -> new UploadedFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean exists(long requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM request_attachment WHERE request_id = :id").param("id", requestId)
                .query(Long.class).single() > 0;
    }
}
