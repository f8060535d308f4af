package fr.portailfamille.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PortalUser> findByLogin(String login) {
        return jdbc.sql("SELECT * FROM account WHERE login = LOWER(:login)").param("login", login)
                .query((rs, n) -> new PortalUser(rs.getLong("id"), rs.getString("login"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("household_id", Long.class), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"), rs.getString("password_hash")))
                .optional();
    }

    Optional<AccountSummary> find(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id").param("id", id)
                .query(AccountSummary.class).optional();
    }

    long insert(String login, String hash, Role role, String displayName, Long householdId, boolean mustChange) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (login, password_hash, role, display_name, household_id, must_change_password)
                VALUES (:login, :hash, :role, :name, :household, :mustChange)""")
                .param("login", login.toLowerCase(java.util.Locale.ROOT)).param("hash", hash).param("role", role.name()).param("name", displayName)
                .param("household", householdId).param("mustChange", mustChange)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An account that has no usable password until its person follows an activation or invitation link. */
    long insertWithoutPassword(String login, Role role, String displayName, Long householdId, String email) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (login, password_hash, role, display_name, household_id, email)
                VALUES (:login, NULL, :role, :name, :household, :email)""")
                .param("login", login.toLowerCase(java.util.Locale.ROOT)).param("role", role.name())
                .param("name", displayName).param("household", householdId).param("email", email)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Accounts whose login or e-mail address is the text (case ignored); several may share an address. */
    List<AccountSummary> byLoginOrEmail(String text) {
        return jdbc.sql("SELECT * FROM account WHERE login = LOWER(:t) OR LOWER(email) = LOWER(:t) ORDER BY id")
                .param("t", text).query(AccountSummary.class).list();
    }

    boolean hasPassword(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE id = :id AND password_hash IS NOT NULL")
                .param("id", accountId).query(Long.class).single() > 0;
    }

    boolean adminExists() {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = 'ADMIN'").query(Long.class).single() > 0;
    }

    /**
     * What a session remembers of the account at login: the moment of the last password change and whether it
     * is enabled. When it differs on a later request, the session ends (password reset, account disabled).
     */
    String passwordStamp(long accountId) {
        return jdbc.sql("SELECT password_changed_at, enabled FROM account WHERE id = :id").param("id", accountId)
                .query((rs, n) -> {
                    var at = rs.getObject("password_changed_at", OffsetDateTime.class);
                    return (at == null ? "-" : String.valueOf(at.toInstant().toEpochMilli()))
                            + (rs.getBoolean("enabled") ? "" : ":disabled");
                }).optional().orElse("gone");
    }

    boolean loginExists(String login) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE login = LOWER(:login)")
                .param("login", login).query(Long.class).single() > 0;
    }

    void updatePassword(long accountId, String hash, boolean mustChange, Instant at) {
        jdbc.sql("""
                UPDATE account SET password_hash = :hash, must_change_password = :mustChange,
                    password_changed_at = :at WHERE id = :id""")
                .param("hash", hash).param("mustChange", mustChange)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", accountId).update();
    }

    /** Re-hashing on login (an imported BCrypt hash becomes Argon2id): the password itself is unchanged. */
    void updateHash(String login, String hash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE login = LOWER(:login)")
                .param("hash", hash).param("login", login).update();
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", accountId).update();
    }

    List<AccountSummary> byRoles(List<String> roles) {
        return jdbc.sql("SELECT * FROM account WHERE role IN (:roles) ORDER BY login")
                .param("roles", roles).query(AccountSummary.class).list();
    }

    List<AccountSummary> ofHousehold(long householdId) {
        return jdbc.sql("SELECT * FROM account WHERE household_id = :h ORDER BY login")
                .param("h", householdId).query(AccountSummary.class).list();
    }

    List<Long> householdIdsWithLoginLike(String text) {
        return jdbc.sql("""
                SELECT DISTINCT household_id FROM account
                 WHERE household_id IS NOT NULL AND LOWER(login) LIKE :like""")
                .param("like", "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%")
                .query(Long.class).list();
    }
}
