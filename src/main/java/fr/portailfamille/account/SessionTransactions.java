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
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> WRITING = new ThreadLocal<>();

    private final TransactionOperations writes;

    SessionTransactions(TransactionOperations writes) {
        this.writes = writes;
    }

    /** Runs a write of the session store: its statements in one transaction. */
    static void writing(Runnable write) {
        Boolean before = WRITING.get();
        WRITING.set(Boolean.TRUE);
        try {
            write.run();
        } finally {
            if (before == null) {
                WRITING.remove();
            }
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (Boolean.TRUE.equals(WRITING.get())) {
            return writes.execute(action);
        }
        return action.doInTransaction(new SimpleTransactionStatus(false));
    }
}
