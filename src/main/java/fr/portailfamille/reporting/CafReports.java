package fr.portailfamille.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.billing.PdfRenderer;
import fr.portailfamille.billing.Tariffs;
import fr.portailfamille.shared.Csv;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CAF return of a period: its groups and per-child listing, on screen, in CSV and in PDF. */
@Service
@Transactional(readOnly = true)
class CafReports {

    private final CafStore store;
    private final CafSettings settings;
    private final Tariffs tariffs;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    CafReports(CafStore store, CafSettings settings, Tariffs tariffs, PdfRenderer pdf, MessageSource messages) {
        this.store = store;
        this.settings = settings;
        this.tariffs = tariffs;
        this.pdf = pdf;
        this.messages = messages;
    }

    CafTally.Result report(LocalDate from, LocalDate to) {
        return CafTally.compute(store.attendance(from, to), settings.rules(), tariffs.brackets());
    }

    CafSettings settings() {
        return settings;
    }

    String csv(LocalDate from, LocalDate to, List<CafColumn> columns) {
        var result = report(from, to);
        var csv = new Csv();
        List<String> head = new ArrayList<>(List.of(label("caf.col.NOM")));
        columns.forEach(c -> head.add(label(c.messageKey())));
        csv.row(head);
        for (var line : result.children()) {
            List<String> cells = new ArrayList<>(List.of(line.childName()));
            columns.forEach(c -> cells.add(c.value(line)));
            csv.row(cells);
        }
        csv.row(List.of());
        csv.row(List.of(label("caf.group.age"), label("caf.group.qf"), label("caf.group.regime"),
                label("caf.group.period"), label("caf.group.hours")));
        result.hoursByGroup().forEach((k, h) -> csv.row(List.of(label("caf.age." + k.ageBand()), k.qfBand(),
                k.regime(), label(k.holiday() ? "caf.period.holiday" : "caf.period.school"), CafColumn.hours(h))));
        return csv.toString();
    }

    byte[] pdf(LocalDate from, LocalDate to, List<CafColumn> columns) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("result", report(from, to));
        vars.put("columns", columns);
        vars.put("from", from);
        vars.put("to", to);
        return pdf.render("reporting/pdf/caf", vars, "CAF " + from + " " + to);
    }

    private String label(String key) {
        return messages.getMessage(key, null, java.util.Locale.FRANCE);
    }
}
