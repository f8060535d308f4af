package fr.portailfamille.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JobEstimateTest {

    @Test
    void timeLeftAtThePaceSoFar() {
        assertThat(JobEstimate.remaining(250, 1000, Duration.ofSeconds(10), false)).isEqualTo(Duration.ofSeconds(30));
        assertThat(JobEstimate.remaining(0, 1000, Duration.ofSeconds(10), false)).isNull();
        assertThat(JobEstimate.remaining(10, 1000, Duration.ZERO, false)).isNull();
        assertThat(JobEstimate.remaining(1000, 1000, Duration.ofSeconds(10), false)).isEqualTo(Duration.ZERO);
        assertThat(JobEstimate.remaining(3, 10, Duration.ofSeconds(10), true)).isEqualTo(Duration.ZERO);
    }

    @Test
    void durationsInFrench() {
        assertThat(JobEstimate.format(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(JobEstimate.format(Duration.ofSeconds(65))).isEqualTo("1 min 05 s");
        assertThat(JobEstimate.format(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
    }
}
