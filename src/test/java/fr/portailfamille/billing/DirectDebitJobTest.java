package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import fr.portailfamille.family.BankDetails;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.PaymentMethod;
import fr.portailfamille.jobs.JobState;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The SEPA batch is prepared as a background job whose result is the batch's page (issue 16). */
@PortalTest
class DirectDebitJobTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Jobs jobs;
    @Autowired Households households;
    @Autowired Ledger ledger;
    @Autowired DirectDebits directDebits;
    @Autowired TestClock clock;

    @Test
    void theBatchIsAJobThatLeadsToTheBatchAndItsFile() throws Exception {
        var family = fixtures.family("LotSepa");
        households.setBankDetails(family.householdId(), new BankDetails("Alice LotSepa", SepaRulesTest.IBAN,
                "AGRIFRPP"), PaymentMethod.DIRECT_DEBIT, LocalDate.of(2025, 9, 1));
        ledger.issueInvoice(family.householdId(), clock.today().minusDays(10), clock.today().minusDays(40),
                clock.today().minusDays(11), clock.today().plusDays(20), 4_321);

        // too close for the pre-notification: refused next to the form, no job
        var soon = mvc.perform(post("/gestion/facturation/prelevements").with(logins.as("demo.agent")).with(csrf())
                .param("collectionDate", clock.today().plusDays(3).toString())).andReturn();
        assertThat(soon.getFlashMap().get("ddError")).isEqualTo("dd.error.too-soon");

        String location = mvc.perform(post("/gestion/facturation/prelevements").with(logins.as("demo.agent"))
                        .with(csrf()).param("collectionDate", clock.today().plusDays(20).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/gestion/travaux/\\d+");
        var job = jobs.awaitEnd(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)),
                Duration.ofMinutes(2));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.kind()).isEqualTo(DirectDebitJobs.KIND);
        assertThat(job.done()).isEqualTo(job.total()).isPositive();
        assertThat(job.resultPath()).matches("/gestion/facturation/prelevements/\\d+");
        long batch = Long.parseLong(job.resultPath().substring(job.resultPath().lastIndexOf('/') + 1));
        assertThat(directDebits.debits(batch)).anyMatch(d -> d.householdId() == family.householdId());

        var page = Jsoup.parse(mvc.perform(get(location).with(logins.as("demo.agent"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#resultat").text()).contains("prélèvement(s)");
        assertThat(page.select("#fichier-resultat").attr("href")).isEqualTo(job.resultPath());
        mvc.perform(get(job.resultPath() + "/pain008.xml").with(logins.as("demo.agent"))).andExpect(status().isOk());
    }
}
