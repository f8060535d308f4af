package fr.portailfamille.reminders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * The agents' side: the reminder settings (Gestion → Familles → Rappels) and the list of families that have not
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
        if (!model.containsAttribute("leadDays")) {
            model.addAttribute("leadDays", String.valueOf(reminders.holidayLeadDays()));
        }
        model.addAttribute("sentCount", reminders.countSent(HolidayDeadlineReminders.KIND));
        model.addAttribute("maxLeadDays", HolidayDeadlinePolicy.MAX_LEAD_DAYS);
        return "reminders/gestion-rappels";
    }

    @PostMapping("/gestion/rappels")
    String saveSettings(@RequestParam(name = "leadDays", required = false) String leadDays, Model model,
                        RedirectAttributes redirect) {
        Integer days = parseLeadDays(leadDays);
        if (days == null) {
            model.addAttribute("leadDays", leadDays == null ? "" : leadDays);
            model.addAttribute("leadDaysError", true);
            return settings(model);
        }
        reminders.setHolidayLeadDays(days);
        redirect.addFlashAttribute("notice", "reminders.settings.saved");
        return "redirect:/gestion/rappels";
    }

    static Integer parseLeadDays(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(text.strip());
        return days >= 1 && days <= HolidayDeadlinePolicy.MAX_LEAD_DAYS ? days : null;
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
