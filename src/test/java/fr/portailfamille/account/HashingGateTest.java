package fr.portailfamille.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The hashing gate: never more hashes at once than its permits, and the waiting ones served in arrival order. */
class HashingGateTest {

    /** A slow "hash" that records how many run together and in which order they started. */
    static final class SlowEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final List<String> started = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            started.add(raw.toString());
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(5, TimeUnit.SECONDS);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return true;
        }
    }

    @Test
    void neverMoreHashesAtOnceThanPermits() throws Exception {
        var slow = new SlowEncoder();
        slow.release = new CountDownLatch(1);
        var gate = new HashingGate(slow, 2);
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 8; i++) {
            var t = new Thread(() -> gate.matches("x", "x"));
            threads.add(t);
            t.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() < 6 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(slow.running.get()).isEqualTo(2);
        slow.release.countDown();
        for (var t : threads) {
            t.join(10_000);
        }
        assertThat(slow.most.get()).isEqualTo(2);
    }

    @Test
    void theWaitingOnesGoInArrivalOrder() throws Exception {
        var slow = new SlowEncoder();
        slow.release = new CountDownLatch(1);
        var gate = new HashingGate(slow, 1); // one at a time: the start order is the admission order
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 12; i++) {
            var t = new Thread(() -> gate.matches(Thread.currentThread().getName(), "x"), "famille-" + i);
            threads.add(t);
            t.start();
            // the next one arrives only once this one is hashing or queued: a known arrival order
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (slow.running.get() + gate.waiting() < i + 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
        assertThat(gate.waiting()).isEqualTo(11);
        slow.release.countDown();
        for (var t : threads) {
            t.join(10_000);
        }
        assertThat(slow.most.get()).isEqualTo(1);
        assertThat(slow.started).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "famille-" + i).toList());
    }

    @Test
    void encodingAndUpgradesStillGoToTheRealEncoder() {
        var gate = new HashingGate(new SlowEncoder(), 1);
        assertThat(gate.encode("abc")).isEqualTo("abc");
        assertThat(gate.matches("abc", "abc")).isTrue();
    }
}
