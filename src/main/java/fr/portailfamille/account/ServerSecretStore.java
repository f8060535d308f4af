package fr.portailfamille.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Secrets the server generated for itself, shared by every instance through the database. */
@Repository
class ServerSecretStore {

    private final JdbcClient jdbc;

    ServerSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> find(String name) {
        return jdbc.sql("SELECT secret_value FROM server_secret WHERE name = :n").param("n", name)
                .query(String.class).optional();
    }

    /** The named secret, made (32 random bytes) on the first start of the first instance and shared by all. */
    String findOrCreate(String name, Instant at) {
        return find(name).orElseGet(() -> {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            return keepFirst(name, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random), at);
        });
    }

    /** Stores the secret unless another instance stored one first; either way, answers the one kept. */
    String keepFirst(String name, String candidate, Instant at) {
        jdbc.sql("""
                INSERT INTO server_secret (name, secret_value, created_at) VALUES (:n, :v, :at)
                ON CONFLICT DO NOTHING""")
                .param("n", name).param("v", candidate).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return find(name).orElseThrow();
    }
}
