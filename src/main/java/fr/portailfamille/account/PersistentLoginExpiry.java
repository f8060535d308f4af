package fr.portailfamille.account;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, the remembered devices past their 30 days are deleted (once across instances). */
@Component
class PersistentLoginExpiry {

    private final PersistentLoginStore store;
    private final Clock clock;

    PersistentLoginExpiry(PersistentLoginStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "persistent-login-expiry", lockAtMostFor = "PT10M")
    void deleteExpired() {
        store.deleteExpired(clock.instant());
    }
}
