package fr.portailfamille.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.shared.Csv;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Gestion › Tableaux: charts drawn on the server as SVG, each with its figures as a table and as CSV. */
@Controller
class AgentChartsController {

    static final int DEFAULT_WEEKS = 4;
    static final int MAX_WEEKS = 26;

    private final Activities activities;
    private final Reservations reservations;
    private final Clock clock;

    AgentChartsController(Activities activities, Reservations reservations, Clock clock) {
        this.activities = activities;
        this.reservations = reservations;
        this.clock = clock;
    }

    /** The period asked for, or the coming weeks with the reason the asked one was refused (a message key). */
    record Period(LocalDate from, int weeks, String error) {
    }

    static Period period(String from, String weeks, LocalDate today) {
        LocalDate start = today;
        int count = DEFAULT_WEEKS;
        String error = null;
        if (from != null && !from.isBlank()) {
            try {
                start = LocalDate.parse(from.strip());
                if (start.isBefore(today.minusYears(2)) || start.isAfter(today.plusYears(2))) {
                    start = today;
                    error = "charts.error.from-range";
                }
            } catch (DateTimeParseException e) {
                error = "charts.error.from";
            }
        }
        if (weeks != null && !weeks.isBlank()) {
            try {
                count = Integer.parseInt(weeks.strip());
                if (count < 1 || count > MAX_WEEKS) {
                    count = DEFAULT_WEEKS;
                    error = "charts.error.weeks";
                }
            } catch (NumberFormatException e) {
                error = "charts.error.weeks";
            }
        }
        return new Period(WeeklyOccupancy.monday(start), count, error);
    }

    private List<WeeklyOccupancy.Week> occupancy(Period p) {
        return WeeklyOccupancy.of(activities.all(), reservations.dayLoads(p.from(), p.from().plusWeeks(p.weeks())
                .minusDays(1)), p.from(), p.weeks());
    }

    @GetMapping("/gestion/tableaux")
    String charts(@RequestParam(name = "du", required = false) String from,
                  @RequestParam(name = "semaines", required = false) String weeks, Model model) {
        Period p = period(from, weeks, LocalDate.now(clock));
        var rows = occupancy(p);
        model.addAttribute("period", p);
        model.addAttribute("fromInput", from == null ? p.from().toString() : from);
        model.addAttribute("weeksInput", weeks == null ? String.valueOf(p.weeks()) : weeks);
        model.addAttribute("weeks", rows);
        model.addAttribute("bars", OccupancyChart.bars(rows));
        model.addAttribute("chartWidth", OccupancyChart.WIDTH);
        model.addAttribute("chartHeight", OccupancyChart.height(rows.size()));
        model.addAttribute("labelWidth", OccupancyChart.LABEL);
        return "home/tableaux";
    }

    @GetMapping(value = "/gestion/tableaux/occupation.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> occupancyCsv(@RequestParam(name = "du", required = false) String from,
                                        @RequestParam(name = "semaines", required = false) String weeks) {
        Period p = period(from, weeks, LocalDate.now(clock));
        var csv = new Csv().row(List.of("activite", "semaine_du", "places", "prises", "attente", "taux_pct"));
        for (var w : occupancy(p)) {
            csv.row(List.of(w.activity(), w.monday().toString(), String.valueOf(w.capacity()),
                    String.valueOf(w.taken()), String.valueOf(w.waiting()), String.valueOf(w.percent())));
        }
        return ServiceChartsController.csv(csv, "occupation-" + p.from() + ".csv");
    }
}
