package fr.portailfamille.retention;

import java.util.List;

import fr.portailfamille.jobs.JobAlreadyRunning;
import fr.portailfamille.jobs.JobOutcome;
import fr.portailfamille.jobs.Jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (once across instances), the retention rules run as a background job: agents see it, with its
 * summary, among the jobs (/gestion/travaux), and the record of what went at /gestion/conservation.
 */
@Component
class RetentionJob {

    static final String KIND = "retention";
    static final String ACTOR = "conservation automatique";

    private final Jobs jobs;
    private final Retention retention;
    private final RetentionSettings settings;

    RetentionJob(Jobs jobs, Retention retention, RetentionSettings settings) {
        this.jobs = jobs;
        this.retention = retention;
        this.settings = settings;
    }

    @Scheduled(cron = "${portail.retention.cron:0 40 2 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT30M")
    void nightly() {
        if (settings.enabled()) {
            start();
        }
    }

    /** Starts the run; the job's id, or empty when one is already running. */
    java.util.Optional<Long> start() {
        try {
            return java.util.Optional.of(jobs.start(KIND, "Conservation des données", ACTOR, progress -> {
                var report = retention.run(ACTOR, progress);
                return new JobOutcome("retention.job.done", List.of(String.valueOf(report.children().size()),
                        String.valueOf(report.households().size())), "/gestion/conservation");
            }));
        } catch (JobAlreadyRunning e) {
            Retention.log.info("retention run skipped: job {} still running", e.runningJobId());
            return java.util.Optional.empty();
        }
    }
}
