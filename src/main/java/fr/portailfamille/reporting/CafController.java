package fr.portailfamille.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.PlausibleDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /gestion/rapports/caf?du=2026-11-01&au=2026-11-30&col=QF&format=csv}: the CAF return of a period on screen,
 * or as CSV / PDF. A missing or implausible date, or an end before the start, shows the page with the message next
 * to the field and the typed values kept.
 */
@Controller
class CafController {

    private final CafReports reports;
    private final Clock clock;

    CafController(CafReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/gestion/rapports/caf")
    Object caf(@RequestParam(name = "du", required = false) String du,
               @RequestParam(name = "au", required = false) String au,
               @RequestParam(name = "col", required = false) List<String> col,
               @RequestParam(name = "format", required = false) String format, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<CafColumn> columns = CafColumn.chosen(col);
        model.addAttribute("du", du == null ? today.withDayOfMonth(1).minusMonths(1).toString() : du);
        model.addAttribute("au", au == null ? today.withDayOfMonth(1).minusDays(1).toString() : au);
        model.addAttribute("allColumns", CafColumn.values());
        model.addAttribute("columns", columns);
        model.addAttribute("cap", CafColumn.hours(reports.settings().dailyCap()));
        model.addAttribute("defaultHours", CafColumn.hours(reports.settings().defaultHoursPerUnit()));
        if (du == null && au == null) {
            return "reporting/caf";
        }
        var from = PlausibleDate.parse(du, today);
        var to = PlausibleDate.parse(au, today);
        if (from.isEmpty()) {
            model.addAttribute("duError", PlausibleDate.MESSAGE_KEY);
        }
        if (to.isEmpty()) {
            model.addAttribute("auError", PlausibleDate.MESSAGE_KEY);
        } else if (from.isPresent() && to.get().isBefore(from.get())) {
            model.addAttribute("auError", "caf.error.order");
        } else if (from.isPresent() && to.get().isAfter(from.get().plusYears(1))) {
            model.addAttribute("auError", "caf.error.span");
        }
        if (model.containsAttribute("duError") || model.containsAttribute("auError")) {
            return "reporting/caf";
        }
        String name = "caf-" + from.get() + "-" + to.get();
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(name + ".csv").build().toString())
                    .body(reports.csv(from.get(), to.get(), columns));
        }
        if ("pdf".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(name + ".pdf").build().toString())
                    .body(reports.pdf(from.get(), to.get(), columns));
        }
        model.addAttribute("result", reports.report(from.get(), to.get()));
        model.addAttribute("from", from.get());
        model.addAttribute("to", to.get());
        return "reporting/caf";
    }
}
