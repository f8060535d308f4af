package fr.portailfamille.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired sessions ({@code spring_session}; their attributes go with them, by the foreign key's cascade)
 * at each {@code portail.session.cleanup-cron}, once across instances (ShedLock, like the other jobs). Spring Session
 * runs this deletion on a scheduler of its own inside the repository, on every instance and without a lock, out of
 * sight of the portal's {@code @Scheduled} jobs: {@link SessionStoreConfig} turns that one off. The deletion compares
 * the rows' expiry with the machine's time, as Spring Session writes it; {@code lockAtLeastFor} keeps an instance
 * whose clock is a few seconds behind from running the same turn again after the first has finished.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionCleanup {

    private final JdbcIndexedSessionRepository store;

    SessionCleanup(JdbcIndexedSessionRepository store) {
        this.store = store;
    }

    @Scheduled(cron = "${portail.session.cleanup-cron:0 */10 * * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void deleteExpired() {
        store.cleanUpExpiredSessions();
    }
}
