package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.portailfamille.support.PortalTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The expired sessions are deleted by the portal's locked job (once across instances), with their attributes; live
 * ones stay; and Spring Session's own cleanup, which ran on every instance without a lock, is off.
 */
@PortalTest
class SessionCleanupTests {

    private static final long MINUTE = 60_000;

    @Autowired SessionCleanup cleanup;
    @Autowired JdbcIndexedSessionRepository store;
    @Autowired JdbcClient jdbc;

    private final String expired = UUID.randomUUID().toString();
    private final String live = UUID.randomUUID().toString();

    @BeforeEach
    @AfterEach
    void releaseTheLockAndForgetTheRows() {
        // (not a DELETE: ShedLock remembers which rows exist and then only updates them)
        jdbc.sql("""
                UPDATE shedlock SET lock_until = TIMESTAMP '2000-01-01 00:00:00', locked_at = TIMESTAMP '2000-01-01 00:00:00'
                 WHERE name = 'session-cleanup'""").update();
        jdbc.sql("DELETE FROM spring_session WHERE primary_id IN (:ids)")
                .param("ids", java.util.List.of(expired, live)).update();
    }

    private void insertSession(String primaryId, long expiryTime) {
        long now = System.currentTimeMillis();
        jdbc.sql("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time) VALUES (:p, :s, :t, :t, 1800, :e)""")
                .param("p", primaryId).param("s", UUID.randomUUID().toString()).param("t", now - 40 * MINUTE)
                .param("e", expiryTime).update();
        jdbc.sql("""
                INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                VALUES (:p, 'portail.test', :b)""").param("p", primaryId).param("b", new byte[] {1, 2, 3}).update();
    }

    private long rows(String table, String column, String primaryId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :p").param("p", primaryId)
                .query(Long.class).single();
    }

    private boolean sessionExists(String primaryId) {
        return rows("spring_session", "primary_id", primaryId) == 1;
    }

    @Test
    void theJobDeletesTheExpiredSessionsWithTheirAttributesAndKeepsTheLiveOnes() {
        insertSession(expired, System.currentTimeMillis() - MINUTE);
        insertSession(live, System.currentTimeMillis() + 30 * MINUTE);

        cleanup.deleteExpired();

        assertThat(sessionExists(expired)).isFalse();
        assertThat(rows("spring_session_attributes", "session_primary_id", expired)).isZero();
        assertThat(sessionExists(live)).isTrue();
        assertThat(rows("spring_session_attributes", "session_primary_id", live)).isOne();
        assertThat(jdbc.sql("SELECT locked_at FROM shedlock WHERE name = 'session-cleanup'")
                .query(java.time.LocalDateTime.class).single().getYear()).as("the job took its lock").isGreaterThan(2000);
    }

    @Test
    void aTurnHeldByAnotherInstanceIsLeftToIt() {
        cleanup.deleteExpired(); // the lock's row exists from now on
        releaseTheLockAndForgetTheRows();
        insertSession(expired, System.currentTimeMillis() - MINUTE);
        jdbc.sql("""
                UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP + INTERVAL '1' DAY,
                    locked_at = TIMESTAMP '2026-01-01 08:30:00', locked_by = 'instance-b' WHERE name = 'session-cleanup'""")
                .update();

        cleanup.deleteExpired();

        assertThat(sessionExists(expired)).as("instance-b's turn").isTrue();
    }

    @Test
    void springSessionsOwnCleanupOnEveryInstanceIsOff() {
        assertThat(ReflectionTestUtils.getField(store, "cleanupCron")).isEqualTo(Scheduled.CRON_DISABLED);
        assertThat(ReflectionTestUtils.getField(store, "taskScheduler")).as("no scheduler of its own").isNull();
    }
}
