package fr.portailfamille.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bounds the number of password hashes computed at once. Argon2id costs ~50 ms of CPU and 19 MiB each: at the
 * opening, 40 request threads hashing together only thrash the CPU and the garbage collector (30 s of GC in a
 * 144 s login run). The gate lets as many hashes run as there are cores; the others wait their turn in arrival
 * order (a fair semaphore), so the families are admitted first come, first served.
 */
final class HashingGate implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final int size;

    HashingGate(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.size = Math.max(1, concurrentHashes);
        this.permits = new Semaphore(size, true);
    }

    /** How many hashes may run at once. */
    int permits() {
        return size;
    }

    static int forThisMachine() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** How many hashes are waiting for their turn now (for the logs and the tests). */
    int waiting() {
        return permits.getQueueLength();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return gated(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return gated(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T gated(Supplier<T> hash) {
        permits.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
