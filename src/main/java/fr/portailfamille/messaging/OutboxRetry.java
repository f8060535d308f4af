package fr.portailfamille.messaging;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's retry: every {@code portail.outbox.retry-interval} (default 1 minute), the event
 * publications still incomplete after {@code portail.outbox.min-age} (default 2 minutes) — an e-mail
 * notice whose SMTP server was down, for instance — are submitted to their listeners again. Behind a load
 * balancer, one instance does it per turn (ShedLock).
 */
@Component
class OutboxRetry {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    OutboxRetry(IncompleteEventPublications incomplete, @Value("${portail.outbox.min-age:PT2M}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${portail.outbox.retry-interval:PT1M}",
            initialDelayString = "${portail.outbox.retry-interval:PT1M}")
    @SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(minAge);
        } catch (RuntimeException e) {
            LOG.warn("Outbox retry failed, next attempt at the next interval: {}", e.toString());
        }
    }
}
