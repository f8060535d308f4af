package fr.portailfamille.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class LoginTicketStore {

    enum Status { WAITING, ADMITTED, REFUSED }

    record Ticket(long id, Status status, String login, String authorities, String errorKey, long errorValue,
                  Instant createdAt) {
    }

    private final JdbcClient jdbc;

    LoginTicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(String login, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO login_ticket (status, login, created_at) VALUES ('WAITING', :l, :now)")
                .param("l", login).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void admit(long id, String authorities) {
        jdbc.sql("UPDATE login_ticket SET status = 'ADMITTED', authorities = :a WHERE id = :id")
                .param("a", authorities).param("id", id).update();
    }

    void refuse(long id, String errorKey, long errorValue) {
        jdbc.sql("UPDATE login_ticket SET status = 'REFUSED', error_key = :k, error_value = :v WHERE id = :id")
                .param("k", errorKey).param("v", errorValue).param("id", id).update();
    }

    Optional<Ticket> find(long id) {
        return jdbc.sql("SELECT * FROM login_ticket WHERE id = :id").param("id", id)
                .query((rs, n) -> new Ticket(rs.getLong("id"), Status.valueOf(rs.getString("status")),
                        rs.getString("login"), rs.getString("authorities"), rs.getString("error_key"),
                        rs.getLong("error_value"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** 1 for the first waiting ticket: the waiting tickets up to this one, across instances. */
    int position(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM login_ticket WHERE status = 'WAITING' AND id <= :id").param("id", id)
                .query(Integer.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM login_ticket WHERE id = :id").param("id", id).update();
    }

    int deleteOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM login_ticket WHERE created_at < :b")
                .param("b", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).update();
    }
}
