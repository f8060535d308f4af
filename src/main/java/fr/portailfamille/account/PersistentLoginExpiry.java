package fr.portailfamille.account;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (once across instances): the remembered devices past their 30 days are deleted, and the login
 * waiting room's tickets that no page came back for.
 */
@Component
class PersistentLoginExpiry {

    private final PersistentLoginStore store;
    private final LoginTicketStore tickets;
    private final Clock clock;

    PersistentLoginExpiry(PersistentLoginStore store, LoginTicketStore tickets, Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "persistent-login-expiry", lockAtMostFor = "PT10M")
    void deleteExpired() {
        store.deleteExpired(clock.instant());
        tickets.deleteOlderThan(clock.instant().minus(java.time.Duration.ofHours(1)));
    }
}
