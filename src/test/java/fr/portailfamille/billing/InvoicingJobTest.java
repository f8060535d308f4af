package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.family.AllowanceData;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.jobs.JobState;
import fr.portailfamille.jobs.Jobs;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The monthly invoicing started from the back-office runs as a background job with progress (issue 16). */
@PortalTest
class InvoicingJobTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Jobs jobs;
    @Autowired TestClock clock;
    @Autowired RecordedBillableDays agenda;
    @Autowired Households households;
    @Autowired Statements statements;

    @AfterEach
    void clear() {
        agenda.clear();
    }

    private long family(String name) {
        long id = households.create("Famille " + name, "1 rue du Test", "44100", "Val-Fleuri", true,
                new Guardian("Mme", name, "Alice", LocalDate.of(1985, 1, 1), null, null, null, null, "0600000000",
                        null, "a@example.org", null, null));
        households.setAllowance(id, new AllowanceData("CAF", "1", 742, LocalDate.of(2030, 6, 1)));
        return id;
    }

    @Test
    void theRunStartsAJobWhosePageShowsProgressThenTheResultAndTheFamiliesLeftOut() throws Exception {
        var month = YearMonth.of(2031, 3);
        long billed = family("JobFacturee");
        long child = households.addChild(billed, "Léa", "JobFacturee", clock.today().minusYears(8), "F", null, null);
        long unpriced = family("JobSansPrix");
        long other = households.addChild(unpriced, "Tom", "JobSansPrix", clock.today().minusYears(8), "M", null, null);
        agenda.add(new BillableDay(billed, child, "ALSH", BillingUnit.DAY, month.atDay(4), false));
        agenda.add(new BillableDay(billed, child, "ALSH", BillingUnit.DAY, month.atDay(5), false));
        agenda.add(new BillableDay(unpriced, other, "TEST-JOB-SANS-PRIX", BillingUnit.DAY, month.atDay(4), false));

        String location = mvc.perform(post("/gestion/facturation/lancer").with(logins.as("demo.agent")).with(csrf())
                        .param("month", "2031-03").param("issueDate", "2031-04-02"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/gestion/travaux/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        var job = jobs.awaitEnd(id, Duration.ofMinutes(2));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.total()).isEqualTo(2);
        assertThat(job.done()).isEqualTo(2);
        assertThat(job.startedBy()).isEqualTo("demo.agent");
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.householdId()).isEqualTo(unpriced);
            assertThat(e.reasonKey()).isEqualTo("invoicing.skipped.missing-price");
        });
        assertThat(statements.statement(billed).invoices()).hasSize(1);

        var page = Jsoup.parse(mvc.perform(get(location).with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Facturation de mars 2031");
        assertThat(page.select("progress#barre").attr("value")).isEqualTo("100");
        assertThat(page.select("#progression").hasAttr("hx-trigger")).as("polling stops at the end").isFalse();
        assertThat(page.select("#resultat").text()).contains("Facturation de mars 2031 : 1 facture(s) émise(s)");
        assertThat(page.select("#fichier-resultat").attr("href"))
                .isEqualTo("/gestion/facturation/export/factures.csv?du=2031-04-02&au=2031-04-02");
        assertThat(page.select("#erreurs").text()).contains("Famille n° " + unpriced, "tarif manquant (TEST-JOB-SANS-PRIX / DAY)");
        assertThat(page.select("noscript").html()).doesNotContain("refresh");
        // the list of jobs leads back to it
        var list = Jsoup.parse(mvc.perform(get("/gestion/travaux").with(logins.as("demo.agent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("a[href=" + location + "]").text()).isEqualTo("Facturation de mars 2031");
        // families never see it
        mvc.perform(get(location).with(logins.as("demo.famille"))).andExpect(status().isForbidden());
    }
}
