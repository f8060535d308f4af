package fr.portailfamille.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.billing.MonthlyBilling;
import fr.portailfamille.billing.Statements;
import fr.portailfamille.billing.UnpaidByAge;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.requests.WeeklyRequests;
import fr.portailfamille.shared.Csv;
import fr.portailfamille.shared.Money;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gestion › Tableaux › Demandes and › Facturation (issue 16): requests received and decided per week, invoiced vs
 * collected per month and the unpaid amount by age, for the period the head of service chooses; each chart with its
 * figures as a table and as CSV.
 */
@Controller
class ServiceChartsController {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MM/yy", Locale.FRANCE);

    private final Requests requests;
    private final Statements statements;
    private final Activities activities;
    private final Clock clock;

    ServiceChartsController(Requests requests, Statements statements, Activities activities, Clock clock) {
        this.requests = requests;
        this.statements = statements;
        this.activities = activities;
        this.clock = clock;
    }

    /** One period's requests: the chart and the weeks of its table. */
    record RequestsSection(ChartPeriod.Range range, ColumnChart.Chart chart, List<WeeklyRequests> weeks) {
    }

    /** One period's money: the two charts and their rows. */
    record MoneySection(ChartPeriod.Range range, ColumnChart.Chart flowChart, List<MonthlyBilling> months,
                        ColumnChart.Chart ageChart, List<UnpaidByAge> unpaid) {
    }

    private ChartPeriod.Choice choice(String preset, String from, String to, Model model) {
        var choice = ChartPeriod.choose(preset, from, to, LocalDate.now(clock),
                ChartPeriod.holidays(activities.all()));
        model.addAttribute("choice", choice);
        return choice;
    }

    @GetMapping("/gestion/tableaux/demandes")
    String requests(@RequestParam(name = "periode", required = false) String preset,
                    @RequestParam(name = "du", required = false) String from,
                    @RequestParam(name = "au", required = false) String to, Model model) {
        List<RequestsSection> sections = new ArrayList<>();
        for (var range : choice(preset, from, to, model).ranges()) {
            var weeks = requests.weekly(range.from(), range.to());
            var inputs = weeks.stream().map(w -> new ColumnChart.Input(w.monday().toString(),
                    SHORT_DAY.format(w.monday()), new long[] {w.received(), w.decided(), w.openAtEnd()})).toList();
            sections.add(new RequestsSection(range, ColumnChart.of(inputs, 2, false, String::valueOf), weeks));
        }
        model.addAttribute("sections", sections);
        return "home/tableaux-demandes";
    }

    @GetMapping("/gestion/tableaux/facturation")
    String money(@RequestParam(name = "periode", required = false) String preset,
                 @RequestParam(name = "du", required = false) String from,
                 @RequestParam(name = "au", required = false) String to, Model model) {
        List<MoneySection> sections = new ArrayList<>();
        for (var range : choice(preset, from, to, model).ranges()) {
            var months = statements.monthly(range.from(), range.to());
            var flow = ColumnChart.of(months.stream().map(m -> new ColumnChart.Input(m.month().toString(),
                    SHORT_MONTH.format(m.month()), new long[] {m.invoiced().cents(), m.collected().cents()})).toList(),
                    -1, false, c -> Money.ofCents(c).format());
            var unpaid = statements.unpaidByAge(range.from(), range.to());
            var age = ColumnChart.of(unpaid.stream().map(u -> new ColumnChart.Input(u.at().toString(),
                    SHORT_DAY.format(u.at()), new long[] {u.upTo30().cents(), u.upTo60().cents(),
                    u.over60().cents()})).toList(), -1, true, c -> Money.ofCents(c).format());
            sections.add(new MoneySection(range, flow, months, age, unpaid));
        }
        model.addAttribute("sections", sections);
        return "home/tableaux-facturation";
    }

    @GetMapping(value = "/gestion/tableaux/demandes.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> requestsCsv(@RequestParam(name = "du", required = false) String from,
                                       @RequestParam(name = "au", required = false) String to) {
        var range = csvRange(from, to);
        var csv = new Csv().row(List.of("semaine_du", "recues", "traitees", "en_attente_fin_semaine"));
        for (var w : requests.weekly(range.from(), range.to())) {
            csv.row(List.of(w.monday().toString(), String.valueOf(w.received()), String.valueOf(w.decided()),
                    String.valueOf(w.openAtEnd())));
        }
        return csv(csv, "demandes-" + range.from() + "-" + range.to() + ".csv");
    }

    @GetMapping(value = "/gestion/tableaux/facturation.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> moneyCsv(@RequestParam(name = "du", required = false) String from,
                                    @RequestParam(name = "au", required = false) String to) {
        var range = csvRange(from, to);
        var csv = new Csv().row(List.of("mois", "facture_eur", "encaisse_eur"));
        for (var m : statements.monthly(range.from(), range.to())) {
            csv.row(List.of(m.month().toString(), euros(m.invoiced()), euros(m.collected())));
        }
        return csv(csv, "facture-encaisse-" + range.from() + "-" + range.to() + ".csv");
    }

    @GetMapping(value = "/gestion/tableaux/impayes.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> unpaidCsv(@RequestParam(name = "du", required = false) String from,
                                     @RequestParam(name = "au", required = false) String to) {
        var range = csvRange(from, to);
        var csv = new Csv().row(List.of("au", "retard_0_30_eur", "retard_31_60_eur", "retard_plus_60_eur",
                "total_eur"));
        for (var u : statements.unpaidByAge(range.from(), range.to())) {
            csv.row(List.of(u.at().toString(), euros(u.upTo30()), euros(u.upTo60()), euros(u.over60()),
                    euros(u.total())));
        }
        return csv(csv, "impayes-" + range.from() + "-" + range.to() + ".csv");
    }

    /** The typed period, or the school year to date when it is wrong (the page said why). */
    private ChartPeriod.Range csvRange(String from, String to) {
        return ChartPeriod.choose(ChartPeriod.DATES, from, to, LocalDate.now(clock), List.of()).ranges().get(0);
    }

    /** Euros with a decimal comma, as French spreadsheets read them. */
    static String euros(Money m) {
        long c = m.cents();
        return (c < 0 ? "-" : "") + Math.abs(c) / 100 + "," + "%02d".formatted(Math.abs(c) % 100);
    }

    /** A chart's figures as a CSV attachment. */
    static ResponseEntity<String> csv(Csv csv, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(csv.toString());
    }
}
