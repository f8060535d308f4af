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
 * Tests that move it call {@link #reset()} afterwards.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Today in the town, by this clock (never the machine's own date: it may already be tomorrow in Paris). */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
