package fr.portailfamille.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due reminders every {@code portail.reminders.interval} (default one hour): behind a load balancer, one
 * instance per turn (ShedLock); the unique row per reminder sent keeps the promise « once » across restarts and
 * should two turns ever overlap.
 */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${portail.reminders.interval:PT1H}",
            initialDelayString = "${portail.reminders.initial-delay:PT5M}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Reminders not sent this turn: {}", e.toString());
        }
    }
}
