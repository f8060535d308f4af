package fr.portailfamille.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OneTimeLinkStore {

    private final JdbcClient jdbc;

    OneTimeLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, LinkPurpose purpose, String tokenHash, Instant at, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO one_time_link (account_id, purpose, token_hash, created_at, expires_at)
                VALUES (:account, :purpose, :hash, :at, :expires)""")
                .param("account", accountId).param("purpose", purpose.name()).param("hash", tokenHash)
                .param("at", utc(at)).param("expires", utc(expiresAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Revokes the account's links of the purpose still open (a newer one replaces them). */
    int revokeOpen(long accountId, LinkPurpose purpose, Instant at) {
        return jdbc.sql("""
                UPDATE one_time_link SET revoked_at = :at
                 WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL AND revoked_at IS NULL""")
                .param("at", utc(at)).param("account", accountId).param("purpose", purpose.name()).update();
    }

    /** Revokes every open link of the account, whatever its purpose (its password was just set). */
    int revokeAllOpen(long accountId, Instant at) {
        return jdbc.sql("""
                UPDATE one_time_link SET revoked_at = :at
                 WHERE account_id = :account AND used_at IS NULL AND revoked_at IS NULL""")
                .param("at", utc(at)).param("account", accountId).update();
    }

    Optional<OneTimeLink> findByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM one_time_link WHERE token_hash = :hash").param("hash", tokenHash)
                .query((rs, n) -> new OneTimeLink(rs.getLong("id"), rs.getLong("account_id"),
                        LinkPurpose.valueOf(rs.getString("purpose")), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .optional();
    }

    /** Marks the link used if it still is valid at that moment: true for exactly one caller. */
    boolean consume(long id, Instant at) {
        return jdbc.sql("""
                UPDATE one_time_link SET used_at = :at
                 WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :at""")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
