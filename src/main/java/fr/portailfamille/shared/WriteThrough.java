package fr.portailfamille.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For short-lived caches of rows that a write changes: clear now, and again when the writing transaction ends, so
 * that a read between the write and the commit (which sees the old row) does not stay cached.
 */
public final class WriteThrough {

    private WriteThrough() {
    }

    public static void clearNowAndAfterTransaction(Runnable clear) {
        clear.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear.run();
                }
            });
        }
    }
}
