package fr.portailfamille.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import fr.portailfamille.billing.Ledger;
import fr.portailfamille.billing.PaymentMode;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.Logins;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The head of service's charts show the figures of their tables and CSV, for the period chosen (issue 16). */
@PortalTest
class ServiceChartsTest {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Requests requests;
    @Autowired Ledger ledger;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Every group of the chart has the key of its table's row and each column the text of its cell. */
    static void assertChartIsTable(Document doc, String id, int series) {
        var groups = doc.select("#graphique-" + id + " g.chart-group");
        var rows = doc.select("#tableau-" + id + " tbody tr");
        assertThat(groups).isNotEmpty().hasSameSizeAs(rows);
        for (int i = 0; i < groups.size(); i++) {
            Element g = groups.get(i);
            Element row = rows.get(i);
            assertThat(g.attr("data-key")).isEqualTo(row.attr("data-key"));
            for (int s = 0; s < series; s++) {
                assertThat(plain(g.select("[data-series=" + s + "]").attr("data-value")))
                        .as(id + " row " + i + " series " + s).isEqualTo(plain(row.select("td.series-" + s).text()));
            }
        }
    }

    /** Text with its non-breaking spaces as plain ones (jsoup reads cells and attributes alike then). */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').strip();
    }

    private Document page(String path, String... params) throws Exception {
        var request = get(path).with(logins.as("demo.agent"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private String csv(String href) throws Exception {
        return new String(mvc.perform(get(href).with(logins.as("demo.agent"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void requestsPerWeekChartShowsTheFiguresOfItsTableAndCsv() throws Exception {
        var family = fixtures.family("Arriere");
        // ten years back: weeks no other test writes in
        clock.advance(Duration.ofDays(-3650));
        LocalDate monday = WeeklyOccupancy.monday(clock.today());
        long first = requests.submit(new NewRequest(family.householdId(), "family.child-health", family.childId(), "a",
                Map.of("pai", "false"), Map.of()));
        requests.submit(new NewRequest(family.householdId(), "family.child-complementary", family.childId(), "b",
                Map.of("school", "X"), Map.of()));
        clock.advance(Duration.ofDays(7));
        requests.refuse(first, "demo.agent", "test");
        clock.reset();

        var doc = page("/gestion/tableaux/demandes", "periode", "dates", "du", monday.toString(),
                "au", monday.plusDays(13).toString());
        assertThat(doc.select("#periode-erreur, #du-erreur, #au-erreur")).isEmpty();
        assertChartIsTable(doc, "demandes-0", 3);
        var rows = doc.select("#tableau-demandes-0 tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td.series-0").text()).isEqualTo("2");
        assertThat(rows.get(0).select("td.series-1").text()).isEqualTo("0");
        assertThat(rows.get(0).select("td.series-2").text()).isEqualTo("2");
        assertThat(rows.get(1).select("td.series-0").text()).isEqualTo("0");
        assertThat(rows.get(1).select("td.series-1").text()).isEqualTo("1");
        assertThat(rows.get(1).select("td.series-2").text()).isEqualTo("1");
        // the backlog line's points are where the columns' scale puts them: higher value, higher point
        var points = doc.select("#graphique-demandes-0 circle.line-point");
        assertThat(Integer.parseInt(points.get(0).attr("cy"))).isLessThan(Integer.parseInt(points.get(1).attr("cy")));

        assertThat(csv(doc.select("#csv-demandes-0").attr("href"))).isEqualTo("\uFEFFsemaine_du;recues;traitees;"
                + "en_attente_fin_semaine\r\n" + monday + ";2;0;2\r\n" + monday.plusWeeks(1) + ";0;1;1\r\n");
    }

    @Test
    void invoicedCollectedAndUnpaidByAgeShowTheFiguresOfTheirTablesAndCsv() throws Exception {
        var family = fixtures.family("Impayes");
        long h = family.householdId();
        ledger.issueInvoice(h, LocalDate.of(2003, 1, 10), LocalDate.of(2002, 12, 1), LocalDate.of(2002, 12, 31),
                LocalDate.of(2003, 2, 10), 10_000);
        ledger.recordPayment(h, LocalDate.of(2003, 3, 5), PaymentMode.CHEQUE, 4_000, "test");

        var doc = page("/gestion/tableaux/facturation", "periode", "dates", "du", "2003-01-01", "au", "2003-04-30");
        assertChartIsTable(doc, "facturation-0", 2);
        assertChartIsTable(doc, "impayes-0", 3);
        var months = doc.select("#tableau-facturation-0 tbody tr");
        assertThat(months.eachAttr("data-key")).containsExactly("2003-01", "2003-02", "2003-03", "2003-04");
        assertThat(plain(months.get(0).select("td.series-0").text())).isEqualTo("100,00 €");
        assertThat(plain(months.get(2).select("td.series-1").text())).isEqualTo("40,00 €");
        var unpaid = doc.select("#tableau-impayes-0 tbody tr");
        assertThat(unpaid.eachAttr("data-key")).containsExactly("2003-01-31", "2003-02-28", "2003-03-31",
                "2003-04-30");
        assertThat(plain(unpaid.get(0).select("td.series-0").text())).isEqualTo("0,00 €");
        assertThat(plain(unpaid.get(1).select("td.series-0").text())).isEqualTo("100,00 €");
        assertThat(plain(unpaid.get(2).select("td.series-1").text())).isEqualTo("60,00 €");
        assertThat(plain(unpaid.get(3).select("td.series-2").text())).isEqualTo("60,00 €");

        assertThat(csv(doc.select("#csv-facturation-0").attr("href"))).contains("2003-01;100,00;0,00\r\n",
                "2003-03;0,00;40,00\r\n");
        assertThat(csv(doc.select("#csv-impayes-0").attr("href"))).contains("2003-03-31;0,00;60,00;0,00;60,00\r\n");
    }

    @Test
    void wrongDatesSayWhyNextToTheFieldKeepTheValuesAndShowTheSchoolYear() throws Exception {
        var doc = page("/gestion/tableaux/facturation", "periode", "dates", "du", "32/13/2026", "au", "");
        assertThat(doc.select("#du-erreur").text()).contains("Date invalide");
        assertThat(doc.select("#au-erreur").text()).isEqualTo("Indiquez la date de fin (jj/mm/aaaa).");
        assertThat(doc.select("#du").attr("aria-describedby")).isEqualTo("du-erreur");
        assertThat(doc.select("#du").val()).isEqualTo("32/13/2026");
        assertThat(doc.select("#facturation-0-h2").text())
                .contains(ChartPeriod.schoolYearStart(clock.today()).format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy")));

        doc = page("/gestion/tableaux/demandes", "periode", "dates", "du", "2026-03-01", "au", "2026-01-01");
        assertThat(doc.select("#au-erreur").text()).isEqualTo("La date de fin doit suivre la date de début.");
        doc = page("/gestion/tableaux/demandes", "periode", "n'importe");
        assertThat(doc.select("#periode-erreur").text()).isEqualTo("Choisissez une période dans la liste.");
        // the CSV of a wrong period is the school year's, never an error
        mvc.perform(get("/gestion/tableaux/impayes.csv").param("du", "x").with(logins.as("demo.agent")))
                .andExpect(status().isOk());
        mvc.perform(get("/gestion/tableaux/demandes").with(logins.as("demo.famille")))
                .andExpect(status().isForbidden());
    }

    @Test
    void lastHolidaysBesideTheSameHolidaysAYearBefore() throws Exception {
        var doc = page("/gestion/tableaux/demandes", "periode", "vacances");
        // the demo town's holidays lie ahead or behind depending on the day: either two periods or a message
        if (doc.select("#periode-erreur").isEmpty()) {
            assertThat(doc.select("section.panel h2")).hasSize(2);
            assertChartIsTable(doc, "demandes-1", 3);
        } else {
            assertThat(doc.select("#periode-erreur").text()).startsWith("Aucune période « Vacances… »");
        }
    }
}
