package fr.portailfamille.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Several instances on one database: each instance has an id of its own (new at each start) and owns the jobs it
 * starts; every {@value #HEARTBEAT_MILLIS} ms it writes a heartbeat on them, then marks interrupted any running job
 * whose heartbeat is older than {@link #STALE} (its instance died or was restarted), whoever owned it. A restart of
 * one instance thus never cuts the job another instance is running, and a dead instance's job is freed within
 * {@link #STALE} by any survivor. (No ShedLock here on purpose: every instance must beat for its own jobs.) A job
 * marked interrupted while its instance still runs it (a heartbeat thought lost) stops at its next chunk: counting
 * the chunk fails, so the chunk rolls back.
 */
@Service
public class Jobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    static final long HEARTBEAT_MILLIS = 5_000;
    /** A running job whose heartbeat is older than this lost its process. */
    static final Duration STALE = Duration.ofSeconds(60);

    /** This process's id as the owner of its jobs. */
    private final String instance = UUID.randomUUID().toString();

    private final JobStore store;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-heartbeat");
        t.setDaemon(true);
        return t;
    });
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
            id = store.insertRunning(kind, label, startedBy, clock.instant(), instance);
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
                if (!store.advance(id, items)) {
                    // marked interrupted meanwhile (its heartbeat was thought lost): stop, the chunk rolls back
                    throw new IllegalStateException("job " + id + " is no longer running");
                }
            }

            @Override
            public void error(Long householdId, String reasonKey, String detail) {
                store.error(id, householdId, reasonKey, detail);
            }

            @Override
            public void appendFile(String fileName, String text) {
                store.fileName(id, fileName);
                store.appendFile(id, text);
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
     * No job survives its process: a job still marked running whose instance stopped beating was cut by a stop or a
     * crash. Its committed chunks stay (with their count in done), the chunk in flight rolled back; it is marked
     * interrupted. Run at start-up and with every heartbeat; this instance beats for its own jobs first.
     */
    void markInterrupted() {
        Instant now = clock.instant();
        store.beat(instance, now);
        int n = store.interruptStale(now.minus(STALE), now);
        if (n > 0) {
            log.warn("{} job(s) interrupted: their instance stopped", n);
        }
    }

    /** The job's file once it is done (empty while it runs, or when it failed or was interrupted). */
    public Optional<JobFile> file(long id) {
        return store.find(id).filter(j -> j.state() == JobState.DONE && j.fileName() != null)
                .map(j -> new JobFile(j.fileName(), store.file(id)));
    }

    public record JobFile(String name, String content) {
    }

    /**
     * At start-up, then every {@value #HEARTBEAT_MILLIS} ms on a thread of its own (never behind the other scheduled
     * tasks: a late heartbeat would let another instance take this instance's running job for dead).
     */
    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        markInterrupted();
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                markInterrupted();
            } catch (RuntimeException e) {
                log.warn("Job heartbeat failed (retried in {} ms)", HEARTBEAT_MILLIS, e);
            }
        }, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        executor.shutdownNow();
    }
}
