package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.portailfamille.jobs.JobState;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The families export runs as a background job, in chunks, and its page offers the CSV once done (issue 16). */
@PortalTest
class FamilyExportJobTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Jobs jobs;
    @Autowired Households households;

    @Test
    void theExportIsAJobWhoseFileHasEveryFamilyOnce() throws Exception {
        var family = fixtures.family("Exportee");
        var form = Jsoup.parse(mvc.perform(get("/gestion/familles").with(logins.as("demo.agent")))
                .andReturn().getResponse().getContentAsString()).select("form[action=/gestion/familles/export]");
        assertThat(form.attr("method")).isEqualTo("post");

        String location = mvc.perform(post("/gestion/familles/export").with(logins.as("demo.agent")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/gestion/travaux/\\d+");
        var job = jobs.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)),
                Duration.ofMinutes(2));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.done()).isEqualTo(job.total()).isPositive();

        var page = Jsoup.parse(mvc.perform(get(location).with(logins.as("demo.agent"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#resultat").text()).contains("Export des familles : " + job.done());
        String csv = new String(mvc.perform(get(page.select("#fichier-resultat").attr("href"))
                        .with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid;famille;adresse;code_postal;ville;resident;responsable;");
        assertThat(csv.indexOf('\uFEFF', 1)).as("one BOM, at the start").isEqualTo(-1);
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(job.done() + 1);
        assertThat(lines).filteredOn(l -> l.startsWith(family.householdId() + ";")).singleElement()
                .satisfies(l -> assertThat(l).contains(households.household(family.householdId()).name()));
    }

    @Test
    void chunksFollowEachOtherWithoutLossOrRepeat() {
        var parts = new java.util.ArrayList<String>();
        var progress = new fr.portailfamille.jobs.JobProgress() {
            int done;

            @Override
            public void total(int total) {
            }

            @Override
            public void advance(int items) {
                done += items;
            }

            @Override
            public void error(Long householdId, String reasonKey, String detail) {
            }

            @Override
            public void appendFile(String fileName, String text) {
                parts.add(text);
            }
        };
        int written = exportJobs.export("x.csv", progress);
        assertThat(progress.done).isEqualTo(written);
        assertThat(parts).hasSize((written + FamilyExportJobs.CHUNK - 1) / FamilyExportJobs.CHUNK);
        var ids = String.join("", parts).lines().skip(1).map(l -> l.substring(0, l.indexOf(';'))).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(written);
    }

    @Autowired FamilyExportJobs exportJobs;
}
