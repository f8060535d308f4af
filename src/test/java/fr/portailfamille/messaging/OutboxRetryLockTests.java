package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.util.ArrayList;

import fr.portailfamille.support.PortalTest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduled jobs run once across instances: each takes its ShedLock row, and skips its turn when another holds it. */
@PortalTest
class OutboxRetryLockTests {

    @Autowired OutboxRetry retry;
    @Autowired JdbcClient jdbc;

    private LocalDateTime lockedAt() {
        return jdbc.sql("SELECT locked_at FROM shedlock WHERE name = 'outbox-retry'").query(LocalDateTime.class)
                .optional().orElse(null);
    }

    @Test
    void theRetryTakesItsLockAndLeavesATurnHeldByAnotherInstanceAlone() {
        release(); // (not a DELETE: ShedLock remembers which rows exist and then only updates them)
        retry.retry();
        assertThat(lockedAt()).as("the job took its row").isNotNull();
        assertThat(lockedAt().getYear()).isGreaterThan(2000);

        // another instance holds the job for the next day
        jdbc.sql("""
                UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP + INTERVAL '1' DAY,
                    locked_at = TIMESTAMP '2026-01-01 08:30:00', locked_by = 'instance-b' WHERE name = 'outbox-retry'""")
                .update();
        retry.retry();
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'outbox-retry'").query(String.class).single())
                .isEqualTo("instance-b");
        assertThat(lockedAt().getYear()).isEqualTo(2026);
        assertThat(lockedAt().getHour()).isEqualTo(8);
        release();
    }

    private void release() {
        jdbc.sql("""
                UPDATE shedlock SET lock_until = TIMESTAMP '2000-01-01 00:00:00', locked_at = TIMESTAMP '2000-01-01 00:00:00'
                 WHERE name = 'outbox-retry'""").update();
    }

    @Test
    void everyScheduledJobOfThePortalCarriesASchedulerLock() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var unlocked = new ArrayList<String>();
        int jobs = 0;
        for (var candidate : scanner.findCandidateComponents("fr.portailfamille")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs++;
                    if (!method.isAnnotationPresent(SchedulerLock.class)) {
                        unlocked.add(method.toString());
                    }
                }
            }
        }
        assertThat(jobs).isPositive();
        assertThat(unlocked).isEmpty();
    }
}
