package fr.portailfamille.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Starts jobs on a small pool of background threads and reads their state. One job of a kind at a time: the
 * database refuses a second running row of the kind (see V105), whichever instance or thread asks.
 */
@Service
public class Jobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final JobStore store;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "job-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    Jobs(JobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a running job of the kind and runs the work in the background.
     *
     * @return the job's id
     * @throws JobAlreadyRunning when a job of the kind is running
     */
    public long start(String kind, String label, String startedBy, JobWork work) {
        long id;
        try {
            id = store.insertRunning(kind, label, startedBy, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new JobAlreadyRunning(store.runningOf(kind).orElse(0L));
        }
        executor.execute(() -> run(id, work));
        return id;
    }

    private void run(long id, JobWork work) {
        JobProgress progress = new JobProgress() {
            @Override
            public void total(int total) {
                store.total(id, total);
            }

            @Override
            public void advance(int items) {
                store.advance(id, items);
            }

            @Override
            public void error(Long householdId, String reasonKey, String detail) {
                store.error(id, householdId, reasonKey, detail);
            }
        };
        try {
            JobOutcome outcome = work.run(progress);
            store.end(id, JobState.DONE, clock.instant(), outcome.summaryKey(), outcome.summaryArgs(),
                    outcome.resultPath());
        } catch (RuntimeException | Error e) {
            log.error("Job {} failed", id, e);
            store.end(id, JobState.FAILED, clock.instant(), "jobs.failed", List.of(), null);
        }
    }

    public Optional<JobView> job(long id) {
        return store.find(id);
    }

    public List<JobView> recent() {
        return store.recent(20);
    }

    /** Waits until the job ended (for scripts and tests); the job as it ended, or as it is at the time-out. */
    public JobView awaitEnd(long id, Duration timeout) {
        Instant limit = Instant.now().plus(timeout);
        while (true) {
            JobView job = store.find(id).orElseThrow();
            if (job.state().ended() || Instant.now().isAfter(limit)) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    /**
     * No job survives its process: at start-up, a job still marked running was cut by a stop or a crash. Its
     * committed chunks stay (with their count in done), the chunk in flight rolled back; it is marked interrupted.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int n = store.interruptRunning(clock.instant());
        if (n > 0) {
            log.warn("{} job(s) interrupted by the restart", n);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
