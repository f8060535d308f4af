package fr.portailfamille.account;

import java.time.Instant;

record ThrottleState(int consecutiveFailures, Instant windowStartedAt, int windowFailures, Instant lastFailureAt,
                     Instant lockedUntil) {

    static ThrottleState fresh(Instant now) {
        return new ThrottleState(0, now, 0, now, null);
    }
}
