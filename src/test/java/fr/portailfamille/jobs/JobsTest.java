package fr.portailfamille.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class JobsTest {

    @Autowired Jobs jobs;
    @Autowired JobStore store;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired fr.portailfamille.support.TestClock clock;

    @Test
    void oneJobOfAKindAtATimeWhileOtherKindsRun() throws Exception {
        var release = new CountDownLatch(1);
        JobWork waiting = progress -> {
            progress.total(1);
            await(release);
            progress.advance(1);
            return new JobOutcome("jobs.state.DONE", List.of(), null);
        };
        long first = jobs.start("test-one", "Premier", "demo.agent", waiting);
        try {
            assertThatThrownBy(() -> jobs.start("test-one", "Second", "demo.agent", waiting))
                    .isInstanceOfSatisfying(JobAlreadyRunning.class, e -> assertThat(e.runningJobId()).isEqualTo(first));
            // the database itself refuses a second running row of the kind
            assertThatThrownBy(() -> store.insertRunning("test-one", "Direct", "x", java.time.Instant.now()))
                    .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
            long other = jobs.start("test-other", "Autre", "demo.agent",
                    p -> new JobOutcome("jobs.state.DONE", List.of(), null));
            assertThat(jobs.awaitEnd(other, Duration.ofSeconds(30)).state()).isEqualTo(JobState.DONE);

            // while it runs, its page polls its progress fragment and refreshes itself without JavaScript
            var page = Jsoup.parse(mvc.perform(get("/gestion/travaux/" + first).with(logins.as("demo.agent")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#progression").attr("hx-get")).isEqualTo("/gestion/travaux/" + first + "/progression");
            assertThat(page.select("#progression").attr("hx-trigger")).isEqualTo("every 1s");
            assertThat(page.select("noscript").html()).contains("http-equiv=\"refresh\"");
            assertThat(page.select("#reste").text()).isNotBlank();
            var fragment = Jsoup.parseBodyFragment(mvc.perform(get("/gestion/travaux/" + first + "/progression")
                    .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(fragment.select("header")).isEmpty();
            assertThat(fragment.select("#progression progress").attr("value")).isEqualTo("0");
        } finally {
            release.countDown();
        }
        var done = jobs.awaitEnd(first, Duration.ofSeconds(30));
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.done()).isEqualTo(1);
        // the kind is free again
        long again = jobs.start("test-one", "Encore", "demo.agent", p -> new JobOutcome("jobs.state.DONE", List.of(), null));
        assertThat(jobs.awaitEnd(again, Duration.ofSeconds(30)).state()).isEqualTo(JobState.DONE);
        mvc.perform(get("/gestion/travaux/999999999").with(logins.as("demo.agent"))).andExpect(status().isNotFound());
    }

    @Test
    void aChunkThatFailsLeavesNoTraceInTheCountAndTheJobSaysWhatWasDone() {
        var tx = new TransactionTemplate(transactions);
        long id = jobs.start("test-fail", "Échoue", "demo.agent", progress -> {
            progress.total(10);
            tx.executeWithoutResult(s -> {
                progress.advance(5);
                progress.error(null, "jobs.state.FAILED", "premier lot");
            });
            tx.executeWithoutResult(s -> {
                progress.advance(5);
                progress.error(null, "jobs.state.FAILED", "second lot");
                throw new IllegalStateException("boom");
            });
            return new JobOutcome("jobs.state.DONE", List.of(), null);
        });
        var job = jobs.awaitEnd(id, Duration.ofSeconds(30));
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.done()).isEqualTo(5);
        assertThat(job.errors()).extracting(JobView.Error::detail).containsExactly("premier lot");
        assertThat(job.summaryKey()).isEqualTo("jobs.failed");
    }

    @Test
    void anotherInstancesLiveJobSurvivesThenIsInterruptedOnceItsHeartbeatStops() {
        // a job another instance (sharing the database) runs and beats for
        long id = store.insertRunning("test-instance", "Ailleurs", "demo.agent", clock.instant(), "autre-instance");
        store.advance(id, 3);
        try {
            jobs.markInterrupted(); // this instance's start-up or heartbeat: the other one's job is alive
            assertThat(jobs.job(id).orElseThrow().state()).isEqualTo(JobState.RUNNING);
            clock.advance(Jobs.STALE.plusSeconds(1)); // the other instance stopped beating
            jobs.markInterrupted();
        } finally {
            clock.reset();
        }
        var job = jobs.job(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(job.done()).isEqualTo(3);
        assertThat(store.runningOf("test-instance")).isEmpty();
    }

    @Test
    void aJobMarkedInterruptedElsewhereStopsAndItsChunkRollsBack() throws Exception {
        var tx = new TransactionTemplate(transactions);
        var release = new CountDownLatch(1);
        var finished = new CountDownLatch(1);
        var stopped = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        long id = jobs.start("test-taken", "Repris", "demo.agent", progress -> {
            try {
                progress.total(2);
                tx.executeWithoutResult(s -> progress.advance(1));
                await(release);
                tx.executeWithoutResult(s -> {
                    progress.error(null, "jobs.state.FAILED", "second lot");
                    progress.advance(1);
                });
                return new JobOutcome("jobs.state.DONE", List.of(), null);
            } catch (RuntimeException e) {
                stopped.set(e);
                throw e;
            } finally {
                finished.countDown();
            }
        });
        // another instance took this one for dead: the row is interrupted while the work still runs
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jobs.job(id).orElseThrow().done() == 1);
        jdbc.sql("UPDATE job SET state = 'INTERRUPTED', running_kind = NULL, finished_at = started_at WHERE id = :id")
                .param("id", id).update();
        release.countDown();
        assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stopped.get()).as("the work stopped at its next chunk").isNotNull();
        var job = jobs.job(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(job.done()).isEqualTo(1);
        assertThat(job.errors()).as("the second chunk rolled back").isEmpty();
    }

    @Test
    void aFileWrittenInPartsIsOfferedOnceTheJobIsDoneOnly() throws Exception {
        var tx = new TransactionTemplate(transactions);
        long id = jobs.start("test-file", "Fichier", "demo.agent", progress -> {
            tx.executeWithoutResult(s -> progress.appendFile("essai.csv", "a;b\r\n"));
            tx.executeWithoutResult(s -> progress.appendFile("essai.csv", "1;2\r\n"));
            try {
                tx.executeWithoutResult(s -> {
                    progress.appendFile("essai.csv", "rolled back\r\n");
                    throw new IllegalStateException("chunk fails");
                });
            } catch (IllegalStateException expected) {
                // the chunk's part went with its transaction
            }
            return new JobOutcome("jobs.state.DONE", List.of(), null);
        });
        assertThat(jobs.awaitEnd(id, Duration.ofSeconds(30)).state()).isEqualTo(JobState.DONE);
        var response = mvc.perform(get("/gestion/travaux/" + id + "/fichier").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString()).isEqualTo("a;b\r\n1;2\r\n");
        assertThat(response.getHeader("Content-Disposition")).contains("essai.csv");
        var page = Jsoup.parse(mvc.perform(get("/gestion/travaux/" + id).with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#fichier-resultat").attr("href")).isEqualTo("/gestion/travaux/" + id + "/fichier");
        // a job without a file, or not done: 404
        long none = jobs.start("test-file", "Sans fichier", "demo.agent",
                p -> new JobOutcome("jobs.state.DONE", List.of(), null));
        jobs.awaitEnd(none, Duration.ofSeconds(30));
        mvc.perform(get("/gestion/travaux/" + none + "/fichier").with(logins.as("demo.agent")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aJobCutByARestartIsMarkedInterruptedWithWhatItDid() {
        // as left by a process that stopped during its third chunk: two chunks committed (no owner: no heartbeat)
        long id = store.insertRunning("test-restart", "Coupé", "demo.agent", java.time.Instant.now());
        store.total(id, 10);
        store.advance(id, 4);
        jobs.markInterrupted();
        var job = jobs.job(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.INTERRUPTED);
        assertThat(job.done()).isEqualTo(4);
        assertThat(store.runningOf("test-restart")).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
