package fr.portailfamille.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the failed-login counters in the database (they survive a restart and are shared by several
 * instances). Keys are "login:…" (known or unknown logins alike: the counter of untrusted clients for that login),
 * "address:…" (the client address as Tomcat's RemoteIpValve sees it, forwarded headers trusted only from the
 * configured proxies) and "device:login:nonce" (a browser holding a device cookie for the login, see {@link DeviceCookies}).
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ThrottlePolicy policy = new ThrottlePolicy();

    LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.trim().toLowerCase(Locale.ROOT));
    }

    /** A trusted browser's own counter for a login (an admin's unlock of the login resets it too). */
    static String deviceKey(String login, String nonce) {
        return "device:" + login.trim().toLowerCase(Locale.ROOT) + ":" + nonce;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * The refusal among the keys that lasts longest (so that the wait announced is the real one: a client
     * retrying when told is not refused again by another key), or ALLOWED.
     */
    ThrottlePolicy.Verdict judge(List<String> keys) {
        Instant now = clock.instant();
        ThrottlePolicy.Verdict longest = ThrottlePolicy.Verdict.ALLOWED;
        for (String key : keys) {
            var verdict = policy.judge(load(key).orElse(null), now);
            if (!verdict.allowed() && (longest.allowed() || verdict.retryAt().isAfter(longest.retryAt()))) {
                longest = verdict;
            }
        }
        return longest;
    }

    void recordFailure(String loginKey, String addressKey) {
        tx.executeWithoutResult(status -> {
            update(loginKey, s -> policy.afterFailure(s, clock.instant(), true));
            update(addressKey, s -> policy.afterFailure(s, clock.instant(), false));
        });
    }

    /** A failure from a trusted browser counts on its own key only (delays, then a lock of that browser). */
    void recordDeviceFailure(String deviceKey) {
        tx.executeWithoutResult(status -> update(deviceKey, s -> policy.afterFailure(s, clock.instant(), true)));
    }

    void recordSuccess(List<String> keys) {
        tx.executeWithoutResult(status -> keys.forEach(key -> {
            // Most logins have no failure on record: a cheap read first, no write.
            if (load(key).isPresent()) {
                update(key, policy::afterSuccess);
            }
        }));
    }

    /** Unlocks the login for every client: untrusted ones and the browsers trusted for it. */
    void unlock(String login) {
        String devices = deviceKey(login, "");
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :k OR LEFT(throttle_key, :n) = :devices")
                .param("k", loginKey(login)).param("n", devices.length()).param("devices", devices).update();
    }

    /** Logins locked now, for the admins' unlock page. */
    List<String> lockedLogins() {
        return jdbc.sql("""
                SELECT throttle_key FROM login_throttle
                 WHERE throttle_key LIKE 'login:%' AND locked_until > :now ORDER BY throttle_key""")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(String.class).list().stream().map(k -> k.substring("login:".length())).toList();
    }

    Optional<ThrottleState> load(String key) {
        return jdbc.sql("SELECT * FROM login_throttle WHERE throttle_key = :k").param("k", key)
                .query((rs, n) -> new ThrottleState(rs.getInt("consecutive_failures"),
                        rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("window_failures"),
                        rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    private void update(String key, java.util.function.UnaryOperator<ThrottleState> change) {
        Instant now = clock.instant();
        // Make sure the row exists, then lock it, so that concurrent failures all count.
        jdbc.sql("""
                INSERT INTO login_throttle (throttle_key, window_started_at, last_failure_at)
                VALUES (:k, :now, :now) ON CONFLICT DO NOTHING""")
                .param("k", key).param("now", utc(now)).update();
        ThrottleState current = jdbc.sql("SELECT throttle_key FROM login_throttle WHERE throttle_key = :k FOR UPDATE")
                .param("k", key).query(String.class).optional().flatMap(k -> load(key)).orElse(null);
        ThrottleState next = change.apply(current);
        if (next == null) {
            return;
        }
        jdbc.sql("""
                UPDATE login_throttle SET consecutive_failures = :c, window_started_at = :ws, window_failures = :wf,
                    last_failure_at = :last, locked_until = :locked WHERE throttle_key = :k""")
                .param("c", next.consecutiveFailures()).param("ws", utc(next.windowStartedAt()))
                .param("wf", next.windowFailures()).param("last", utc(next.lastFailureAt()))
                .param("locked", next.lockedUntil() == null ? null : utc(next.lockedUntil()))
                .param("k", key).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
