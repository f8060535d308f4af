package fr.portailfamille.agenda;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the lottery windows whose allocation time has come (every {@code portail.lottery.check-interval}, default
 * one minute); one instance per turn behind a load balancer (ShedLock). An agent may run a closed window earlier.
 */
@Component
class LotteryJob {

    static final String BY = "tirage automatique";
    private static final Logger LOG = LoggerFactory.getLogger(LotteryJob.class);

    private final LotteryStore store;
    private final LotteryAllocation allocation;
    private final Clock clock;

    LotteryJob(LotteryStore store, LotteryAllocation allocation, Clock clock) {
        this.store = store;
        this.allocation = allocation;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portail.lottery.check-interval:PT1M}",
            initialDelayString = "${portail.lottery.check-interval:PT1M}")
    @SchedulerLock(name = "lottery-allocation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void allocateDue() {
        for (long windowId : store.due(clock.instant())) {
            try {
                allocation.allocate(windowId, BY);
                LOG.info("Lottery window {} allocated", windowId);
            } catch (LotteryAllocation.Refused e) {
                LOG.info("Lottery window {} not allocated: {}", windowId, e.reason);
            } catch (RuntimeException e) {
                LOG.warn("Lottery window {} failed, next attempt at the next interval: {}", windowId, e.toString());
            }
        }
    }
}
