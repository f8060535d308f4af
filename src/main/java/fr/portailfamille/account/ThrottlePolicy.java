package fr.portailfamille.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Login throttling rules, per login and per client address: after 5 consecutive failures each new
 * attempt waits a growing delay (1 s, 2 s, 4 s, …); at most 25 failures in 24 hours; a login is locked
 * for an hour after 10 consecutive failures (an agent can unlock it sooner).
 */
final class ThrottlePolicy {

    static final int FREE_FAILURES = 5;
    static final int DAILY_FAILURES = 25;
    static final int LOCK_AFTER = 10;
    static final Duration LOCK = Duration.ofHours(1);
    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** What the policy says of a new attempt. */
    record Verdict(Kind kind, Instant retryAt) {
        enum Kind { ALLOWED, DELAYED, DAILY_LIMIT, LOCKED }

        static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, null);

        boolean allowed() {
            return kind == Kind.ALLOWED;
        }
    }

    Verdict judge(ThrottleState s, Instant now) {
        if (s == null) {
            return Verdict.ALLOWED;
        }
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return new Verdict(Verdict.Kind.LOCKED, s.lockedUntil());
        }
        Instant windowEnd = s.windowStartedAt().plus(WINDOW);
        if (now.isBefore(windowEnd) && s.windowFailures() >= DAILY_FAILURES) {
            return new Verdict(Verdict.Kind.DAILY_LIMIT, windowEnd);
        }
        if (s.consecutiveFailures() >= FREE_FAILURES) {
            Instant next = s.lastFailureAt().plus(delayAfter(s.consecutiveFailures()));
            if (now.isBefore(next)) {
                return new Verdict(Verdict.Kind.DELAYED, next);
            }
        }
        return Verdict.ALLOWED;
    }

    /** The wait after n consecutive failures (n ≥ 5): doubles with each failure, capped. */
    static Duration delayAfter(int consecutiveFailures) {
        int exponent = Math.min(consecutiveFailures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << Math.max(exponent, 0));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    ThrottleState afterFailure(ThrottleState s, Instant now, boolean lockable) {
        ThrottleState base = s == null ? ThrottleState.fresh(now) : s;
        boolean windowOver = !now.isBefore(base.windowStartedAt().plus(WINDOW));
        Instant windowStart = windowOver ? now : base.windowStartedAt();
        int windowFailures = (windowOver ? 0 : base.windowFailures()) + 1;
        int consecutive = base.consecutiveFailures() + 1;
        Instant lockedUntil = lockable && consecutive >= LOCK_AFTER ? now.plus(LOCK) : base.lockedUntil();
        return new ThrottleState(consecutive, windowStart, windowFailures, now, lockedUntil);
    }

    ThrottleState afterSuccess(ThrottleState s) {
        return s == null ? null
                : new ThrottleState(0, s.windowStartedAt(), s.windowFailures(), s.lastFailureAt(), null);
    }
}
