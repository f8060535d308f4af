package fr.portailfamille.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = new ThrottlePolicy();
    private final Instant t0 = Instant.parse("2026-11-28T08:30:00Z");

    private ThrottleState failures(int n, Instant at, boolean lockable) {
        ThrottleState s = null;
        for (int i = 0; i < n; i++) {
            s = policy.afterFailure(s, at, lockable);
        }
        return s;
    }

    @Test
    void fourFailuresCostNothing() {
        assertThat(policy.judge(failures(4, t0, true), t0).allowed()).isTrue();
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsAGrowingDelay() {
        assertThat(ThrottlePolicy.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ThrottlePolicy.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ThrottlePolicy.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
        assertThat(ThrottlePolicy.delayAfter(40)).isEqualTo(ThrottlePolicy.MAX_DELAY);

        var state = failures(6, t0, true);
        var verdict = policy.judge(state, t0.plusSeconds(1));
        assertThat(verdict.kind()).isEqualTo(ThrottlePolicy.Verdict.Kind.DELAYED);
        assertThat(verdict.retryAt()).isEqualTo(t0.plusSeconds(2));
        assertThat(policy.judge(state, t0.plusSeconds(2)).allowed()).isTrue();
    }

    @Test
    void tenConsecutiveFailuresLockALoginForAnHour() {
        var state = failures(10, t0, true);
        var verdict = policy.judge(state, t0.plus(Duration.ofMinutes(59)));
        assertThat(verdict.kind()).isEqualTo(ThrottlePolicy.Verdict.Kind.LOCKED);
        assertThat(policy.judge(state, t0.plus(Duration.ofMinutes(61))).allowed()).isTrue();
    }

    @Test
    void anAddressIsDelayedButNeverLocked() {
        var state = failures(12, t0, false);
        assertThat(state.lockedUntil()).isNull();
        assertThat(policy.judge(state, t0.plus(Duration.ofMinutes(30))).allowed()).isTrue();
    }

    @Test
    void aSuccessEndsTheDelayButKeepsTheDailyCount() {
        var state = policy.afterSuccess(failures(7, t0, true));
        assertThat(state.consecutiveFailures()).isZero();
        assertThat(state.windowFailures()).isEqualTo(7);
        assertThat(policy.judge(state, t0).allowed()).isTrue();
    }

    @Test
    void atMostTwentyFiveFailuresInTwentyFourHours() {
        ThrottleState s = null;
        Instant at = t0;
        for (int i = 0; i < 25; i++) {
            s = policy.afterSuccess(policy.afterFailure(s, at, true));
            at = at.plus(Duration.ofMinutes(10));
        }
        var verdict = policy.judge(s, at);
        assertThat(verdict.kind()).isEqualTo(ThrottlePolicy.Verdict.Kind.DAILY_LIMIT);
        assertThat(verdict.retryAt()).isEqualTo(t0.plus(ThrottlePolicy.WINDOW));
        assertThat(policy.judge(s, t0.plus(ThrottlePolicy.WINDOW)).allowed()).isTrue();
    }

    @Test
    void aNewWindowStartsAfterTwentyFourHours() {
        var s = failures(3, t0, true);
        var later = policy.afterFailure(s, t0.plus(Duration.ofHours(25)), true);
        assertThat(later.windowFailures()).isEqualTo(1);
        assertThat(later.windowStartedAt()).isEqualTo(t0.plus(Duration.ofHours(25)));
    }
}
