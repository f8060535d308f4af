package fr.portailfamille.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersistentLoginStore {

    record Row(long id, long accountId, String series, String tokenHash, String device, Instant createdAt,
               Instant lastUsedAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    PersistentLoginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long accountId, String series, String tokenHash, String device, Instant now, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO persistent_login (account_id, series, token_hash, device, created_at, last_used_at,
                    expires_at) VALUES (:a, :s, :h, :d, :now, :now, :exp)""")
                .param("a", accountId).param("s", series).param("h", tokenHash).param("d", device)
                .param("now", utc(now)).param("exp", utc(expiresAt)).update();
    }

    /** The row of a series, locked: two requests of the same device must not both rotate the token. */
    Optional<Row> lock(String series) {
        return jdbc.sql("SELECT * FROM persistent_login WHERE series = :s FOR UPDATE").param("s", series)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getString("series"),
                        rs.getString("token_hash"), rs.getString("device"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_used_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    void rotate(long id, String tokenHash, Instant now) {
        jdbc.sql("UPDATE persistent_login SET token_hash = :h, last_used_at = :now WHERE id = :id")
                .param("h", tokenHash).param("now", utc(now)).param("id", id).update();
    }

    List<Row> ofAccount(long accountId, Instant now) {
        return jdbc.sql("""
                SELECT * FROM persistent_login WHERE account_id = :a AND expires_at > :now
                 ORDER BY last_used_at DESC, id DESC""")
                .param("a", accountId).param("now", utc(now))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getString("series"),
                        "", rs.getString("device"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_used_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    int deleteSeries(String series) {
        return jdbc.sql("DELETE FROM persistent_login WHERE series = :s").param("s", series).update();
    }

    int delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM persistent_login WHERE account_id = :a AND id = :id").param("a", accountId)
                .param("id", id).update();
    }

    int deleteAll(long accountId) {
        return jdbc.sql("DELETE FROM persistent_login WHERE account_id = :a").param("a", accountId).update();
    }

    int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM persistent_login WHERE expires_at <= :now").param("now", utc(now)).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
