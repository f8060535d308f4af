package fr.portailfamille.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, for the load balancer's health check ({@link HealthCheck}): a {@code SELECT 1}
 * that must answer within the given time. One probe at a time, on a thread of its own: while a probe is still
 * running (the pool busy, the database slow or gone, a connection attempt waiting for Hikari's 30 s), the next
 * checks wait for that same probe instead of starting another, so a database that hangs never piles up threads or
 * connections. The change of state (the database stops answering, answers again) is logged once each way.
 */
final class DatabaseProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);

    private final Runnable query;
    private final Duration timeout;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        var daemon = new Thread(runnable, "database-probe");
        daemon.setDaemon(true);
        return daemon;
    });
    private CompletableFuture<Void> running;
    private volatile boolean answered = true;

    DatabaseProbe(Runnable query, Duration timeout) {
        this.query = query;
        this.timeout = timeout;
    }

    /** True when the query answered within the time allowed. */
    boolean answers() {
        CompletableFuture<Void> probe;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.runAsync(query, thread);
            }
            probe = running;
        }
        boolean answers;
        String cause = null;
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            answers = true;
        } catch (TimeoutException e) {
            answers = false;
            cause = "no answer within " + timeout.toMillis() + " ms";
        } catch (ExecutionException e) {
            answers = false;
            cause = String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (answers != answered) {
            answered = answers;
            if (answers) {
                LOG.info("The database answers again");
            } else {
                LOG.warn("The database does not answer ({}): the health check says 503", cause);
            }
        }
        return answers;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
