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
    void aJobCutByARestartIsMarkedInterruptedWithWhatItDid() {
        // as left by a process that stopped during its third chunk: two chunks committed
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
