package fr.portailfamille.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The suite's clock: real time plus an offset that a test may move forward (throttling delays, deadlines).
 * A test that measures short waits (the login throttle's 1 s, 2 s…) {@link #freeze() freezes} it first: time then
 * moves only by {@link #advance}, never by how long the machine takes to run the test (under load, the real seconds
 * between two attempts ran out a 1-second wait before the test looked at it). Tests that move or freeze it call
 * {@link #reset()} afterwards.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private volatile Duration offset = Duration.ZERO;
    /** The instant the clock stands at, or null while it runs with real time. */
    private volatile Instant frozen;

    public void advance(Duration duration) {
        Instant stopped = frozen;
        if (stopped != null) {
            frozen = stopped.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /**
     * Stops the clock at its current instant, to the millisecond: from now on only {@link #advance} moves it. Whole
     * milliseconds, because the database keeps microseconds and rounds to the nearest: a failure stored at a
     * nanosecond instant came back up to half a microsecond later than the clock, and a wait that ends exactly
     * « now » was still running.
     */
    public void freeze() {
        frozen = instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Today in the town, by this clock (never the machine's own date: it may already be tomorrow in Paris). */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /** Back to real time, without offset. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant stopped = frozen;
        return stopped != null ? Clock.fixed(stopped, zone) : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }
}
