package fr.portailfamille.onboarding;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of account_request: a self-service request before and after its e-mail is confirmed. */
@Repository
class AccountRequestStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /** A stored request awaiting (or past) its confirmation. */
    record Row(long id, String email, LinkedHashMap<String, String> form, Instant expiresAt, Instant confirmedAt,
               Long requestId) {
    }

    private final JdbcClient jdbc;

    AccountRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String email, String clientAddress, Map<String, String> form, String tokenHash, Instant at,
                Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO account_request (email, client_address, form, token_hash, created_at, expires_at)
                VALUES (:email, :address, :form, :hash, :at, :expires)""")
                .param("email", email).param("address", clientAddress).param("form", JSON.writeValueAsString(form))
                .param("hash", tokenHash).param("at", utc(at)).param("expires", utc(expiresAt)).update();
    }

    long countFromAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM account_request WHERE client_address = :a AND created_at >= :since")
                .param("a", clientAddress).param("since", utc(since)).query(Long.class).single();
    }

    long countForEmailSince(String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM account_request WHERE email = :e AND created_at >= :since")
                .param("e", email).param("since", utc(since)).query(Long.class).single();
    }

    Optional<Row> byTokenHash(String hash) {
        return jdbc.sql("SELECT * FROM account_request WHERE token_hash = :h").param("h", hash)
                .query((rs, n) -> row(rs)).optional();
    }

    /** Reads and locks the row: a link clicked twice at once confirms once. */
    Optional<Row> lockByTokenHash(String hash) {
        return jdbc.sql("SELECT * FROM account_request WHERE token_hash = :h FOR UPDATE").param("h", hash)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The typed values now live in the request (demande): only the e-mail address stays here, for the answer. */
    void confirmed(long id, long requestId, Instant at) {
        jdbc.sql("UPDATE account_request SET confirmed_at = :at, request_id = :r, form = '{}' WHERE id = :id")
                .param("at", utc(at)).param("r", requestId).param("id", id).update();
    }

    Optional<Row> byRequest(long requestId) {
        return jdbc.sql("SELECT * FROM account_request WHERE request_id = :r").param("r", requestId)
                .query((rs, n) -> row(rs)).optional();
    }

    /** Forgets the requests never confirmed whose link expired before {@code before}. */
    int deleteUnconfirmedExpiredBefore(Instant before) {
        return jdbc.sql("DELETE FROM account_request WHERE confirmed_at IS NULL AND expires_at < :before")
                .param("before", utc(before)).update();
    }

    void householdCreated(long requestId, long householdId) {
        jdbc.sql("UPDATE account_request SET household_id = :h WHERE request_id = :r")
                .param("h", householdId).param("r", requestId).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("email"), JSON.readValue(rs.getString("form"), FIELDS),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null),
                (Long) rs.getObject("request_id", Long.class));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
