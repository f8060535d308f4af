package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The health check's database probe: bounded in time, one query at a time, 503 when the database does not answer. */
class DatabaseProbeTest {

    @Test
    void aQueryThatAnswersIsUp() {
        try (var probe = new DatabaseProbe(() -> { }, Duration.ofSeconds(1))) {
            assertThat(probe.answers()).isTrue();
        }
    }

    @Test
    void aQueryThatFailsIsDown() {
        try (var probe = new DatabaseProbe(() -> {
            throw new IllegalStateException("connection refused");
        }, Duration.ofSeconds(1))) {
            assertThat(probe.answers()).isFalse();
        }
    }

    @Test
    void aQueryThatHangsIsDownWithinTheTimeAllowedAndIsNotStartedAgainMeanwhile() throws Exception {
        var release = new CountDownLatch(1);
        var started = new AtomicInteger();
        try (var probe = new DatabaseProbe(() -> {
            started.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Duration.ofMillis(200))) {
            long begin = System.nanoTime();
            assertThat(probe.answers()).isFalse();
            assertThat(probe.answers()).isFalse();
            assertThat(probe.answers()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
            assertThat(started).as("one query at a time").hasValue(1);

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            boolean up = false;
            while (!up && System.nanoTime() < deadline) {
                up = probe.answers();
            }
            assertThat(up).as("up again once the database answers").isTrue();
        }
    }

    @Test
    void theRouteSays503WhenTheDatabaseDoesNotAnswer() throws Exception {
        try (var down = new DatabaseProbe(() -> {
            throw new IllegalStateException("down");
        }, Duration.ofSeconds(1))) {
            var mvc = MockMvcBuilders.routerFunctions(new HealthCheck().healthRoute(down)).build();
            var response = mvc.perform(get("/sante")).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
            assertThat(response.getContentAsString()).isEqualTo("Indisponible");
        }
    }
}
