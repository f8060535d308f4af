package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.activities.Activities;
import fr.portailfamille.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Activités › Demandes et présences: requests per day, bulk decisions, attendance list. */
@Controller
@RequestMapping("/gestion/activites/{activityId}/jours")
class AgentDaysController {

    private final AgentDays days;
    private final Activities activities;
    private final Clock clock;
    private final fr.portailfamille.documents.Consents consents;

    AgentDaysController(AgentDays days, Activities activities, Clock clock,
                        fr.portailfamille.documents.Consents consents) {
        this.consents = consents;
        this.days = days;
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping
    String month(@PathVariable long activityId, @RequestParam(name = "mois", required = false) String month,
                 Model model) {
        YearMonth ym = parse(month);
        model.addAttribute("activity", activities.get(activityId));
        model.addAttribute("month", ym);
        model.addAttribute("days", days.month(activityId, ym));
        return "agenda/gestion-jours";
    }

    @GetMapping("/{day}")
    String day(@PathVariable long activityId, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               Model model) {
        model.addAttribute("activity", activities.get(activityId));
        model.addAttribute("day", day);
        model.addAttribute("entries", days.day(activityId, day));
        return "agenda/gestion-jour";
    }

    @PostMapping("/{day}/decisions")
    String decide(@PathVariable long activityId,
                  @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(name = "demandes", required = false) List<Long> requestIds,
                  @RequestParam("decision") String decision, @RequestParam(name = "motif", required = false) String reason,
                  @AuthenticationPrincipal PortalUser agent, RedirectAttributes redirect) {
        var ids = new ArrayList<Long>(requestIds == null ? List.of() : requestIds);
        String verb = decision;
        int colon = decision.indexOf(':');
        if (colon > 0) { // one-by-one buttons carry "valider:<id>" or "refuser:<id>"
            verb = decision.substring(0, colon);
            ids = new ArrayList<>(List.of(Long.parseLong(decision.substring(colon + 1))));
        }
        boolean accept = "valider".equals(verb);
        String target = "redirect:/gestion/activites/" + activityId + "/jours/" + day;
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("dayError", "agent-day.none-selected");
            return target;
        }
        if (!accept && (reason == null || reason.isBlank())) {
            redirect.addFlashAttribute("dayError", "request.refuse.reason-required");
            return target;
        }
        int decided = days.decide(activityId, day, ids, accept, reason == null ? null : reason.trim(), agent.login());
        redirect.addFlashAttribute("decided", decided);
        redirect.addFlashAttribute("decidedKey", accept ? "agent-day.accepted" : "agent-day.refused");
        return target;
    }

    @GetMapping("/{day}/presences")
    String attendance(@PathVariable long activityId,
                      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                      @AuthenticationPrincipal PortalUser agent, Model model) {
        model.addAttribute("activity", activities.get(activityId));
        model.addAttribute("day", day);
        var attendance = days.attendance(activityId, day, agent.login());
        model.addAttribute("entries", attendance.entries());
        model.addAttribute("care", attendance.care());
        var children = attendance.entries().stream().map(DayEntry::childId).toList();
        model.addAttribute("imageRights", consents.imageRights(children));
        model.addAttribute("careConsents", consents.careConsentsNotGiven(children));
        return "agenda/presences";
    }

    /** The month of the address; today's month when there is none or it is unreadable or implausible. */
    private YearMonth parse(String month) {
        return PlausibleDate.parseMonth(month, LocalDate.now(clock)).orElseGet(() -> YearMonth.now(clock));
    }
}
