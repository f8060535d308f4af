package fr.portailfamille.account;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of the session store (Spring Session JDBC). Spring Session wraps every statement in a
 * transaction, the read of the session too: on every request a {@code BEGIN}, the {@code SELECT} and a
 * {@code COMMIT}, the connection « idle in transaction » while the JVM reads the rows. The read is one statement:
 * here it runs on its own (auto-commit); the writes {@link QuietSessions} makes (a new session and its attributes,
 * changed attributes) keep their transaction.
 * <p>
 * On PostgreSQL a save (a new session, changed attributes, the last-access time) commits without waiting for the WAL
 * to reach the disk ({@code SET LOCAL synchronous_commit = off}): during the opening rush most active connections
 * were waiting in {@code COMMIT} on the WAL (bench/rush, third pass). The row is visible to every instance at once all
 * the same; a database crash may lose the last fraction of a second of session saves, which costs a family a login,
 * never a place. A deletion (logout, expiry) keeps its synchronous commit: a logout is never undone by a crash.
 */
final class SessionTransactions implements TransactionOperations {

    private enum Write { SAVE, DELETE }

    private static final ThreadLocal<Write> WRITING = new ThreadLocal<>();

    private final TransactionOperations writes;
    private final org.springframework.jdbc.core.JdbcOperations jdbc;
    private final boolean postgres;

    SessionTransactions(TransactionOperations writes, org.springframework.jdbc.core.JdbcOperations jdbc,
                        boolean postgres) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** Runs a save of the session store: its statements in one transaction, committed without waiting for the WAL. */
    static void saving(Runnable write) {
        run(Write.SAVE, write);
    }

    /** Runs a deletion of the session store: its statements in one transaction, committed durably. */
    static void deleting(Runnable write) {
        run(Write.DELETE, write);
    }

    private static void run(Write kind, Runnable write) {
        Write before = WRITING.get();
        WRITING.set(kind);
        try {
            write.run();
        } finally {
            if (before == null) {
                WRITING.remove();
            } else {
                WRITING.set(before);
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        Write kind = WRITING.get();
        if (kind == Write.SAVE && postgres) {
            return writes.execute(status -> {
                jdbc.execute("SET LOCAL synchronous_commit = off");
                return action.doInTransaction(status);
            });
        }
        if (kind != null) {
            return writes.execute(action);
        }
        return action.doInTransaction(new SimpleTransactionStatus(false));
    }
}
