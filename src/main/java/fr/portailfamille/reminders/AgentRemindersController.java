package fr.portailfamille.reminders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.shared.Csv;
import fr.portailfamille.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' side: the lead time of each kind of reminder (Gestion → Familles → Rappels aux familles) and the list of families that have not
 * confirmed their data this school year, filtered and exported as CSV.
 */
@Controller
class AgentRemindersController {

    private final Reminders reminders;
    private final Certifications certifications;
    private final Formats formats;
    private final MessageSource messages;

    AgentRemindersController(Reminders reminders, Certifications certifications, Formats formats,
                             MessageSource messages) {
        this.reminders = reminders;
        this.certifications = certifications;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/gestion/rappels")
    String settings(Model model) {
        var leads = reminders.leads();
        if (!model.containsAttribute("values")) {
            var values = new LinkedHashMap<String, String>();
            leads.forEach(l -> values.put(l.kind(), String.valueOf(l.days())));
            model.addAttribute("values", values);
            model.addAttribute("errors", Set.of());
        }
        model.addAttribute("leads", leads);
        model.addAttribute("maxLeadDays", Reminders.MAX_LEAD_DAYS);
        return "reminders/gestion-rappels";
    }

    /** One field per kind of reminder ({@code lead-<kind>}); nothing is saved while one of them is wrong. */
    @PostMapping("/gestion/rappels")
    String saveSettings(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var values = new LinkedHashMap<String, String>();
        var parsed = new LinkedHashMap<String, Integer>();
        var errors = new HashSet<String>();
        for (var lead : reminders.leads()) {
            String typed = params.get("lead-" + lead.kind());
            if (typed == null) {
                values.put(lead.kind(), String.valueOf(lead.days()));
                continue;
            }
            values.put(lead.kind(), typed);
            Integer days = parseLeadDays(typed);
            if (days == null) {
                errors.add(lead.kind());
            } else {
                parsed.put(lead.kind(), days);
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("values", values);
            model.addAttribute("errors", errors);
            return settings(model);
        }
        parsed.forEach(reminders::setLeadDays);
        redirect.addFlashAttribute("notice", "reminders.settings.saved");
        return "redirect:/gestion/rappels";
    }

    static Integer parseLeadDays(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(text.strip());
        return days >= 1 && days <= Reminders.MAX_LEAD_DAYS ? days : null;
    }

    @GetMapping("/gestion/certifications")
    String certifications(@RequestParam(name = "etat", required = false) String state,
                          @RequestParam(name = "q", required = false) String text, Model model) {
        var filter = CertificationFilter.parse(state);
        model.addAttribute("rows", certifications.list(filter, text));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", CertificationFilter.values());
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("schoolYear", certifications.current().label());
        return "reminders/gestion-certifications";
    }

    @GetMapping(value = "/gestion/certifications.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> certificationsCsv(@RequestParam(name = "etat", required = false) String state,
                                             @RequestParam(name = "q", required = false) String text) {
        var filter = CertificationFilter.parse(state);
        Locale locale = LocaleContextHolder.getLocale();
        var csv = new Csv();
        csv.row(List.of(msg("certification.csv.id", locale), msg("certification.col.family", locale),
                msg("certification.col.guardian", locale), msg("certification.col.city", locale),
                msg("certification.col.state", locale), msg("certification.col.when", locale),
                msg("certification.col.by", locale)));
        for (var r : certifications.list(filter, text)) {
            var cells = new ArrayList<String>();
            cells.add(String.valueOf(r.householdId()));
            cells.add(r.name());
            cells.add(r.primaryGuardian());
            cells.add(r.city());
            cells.add(msg(r.confirmed() ? "certification.state.confirmed" : "certification.state.pending", locale));
            cells.add(r.confirmed() ? formats.dateTime(r.confirmedAt()) : "");
            cells.add(r.confirmed() ? r.confirmedBy() : "");
            csv.row(cells);
        }
        String file = "certification-" + certifications.current().label() + "-" + filter.param() + ".csv";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(csv.toString());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
