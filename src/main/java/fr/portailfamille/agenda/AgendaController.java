package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child's month agenda and its "Demande de réservation" (plain form posts; agenda.js adds the menu). */
@Controller
class AgendaController {

    private final Reservations reservations;
    private final Households households;
    private final Enrolments enrolments;
    private final Clock clock;
    private final BookingWindows windows;
    private final fr.portailfamille.shared.Formats formats;
    private final BookingRequirements requirements;
    private final UnpaidBalanceCheck unpaid;
    private final OutcomeLinks outcomes;

    AgendaController(Reservations reservations, Households households, Enrolments enrolments, Clock clock,
                     BookingWindows windows, fr.portailfamille.shared.Formats formats, BookingRequirements requirements,
                     UnpaidBalanceCheck unpaid, OutcomeLinks outcomes) {
        this.outcomes = outcomes;
        this.windows = windows;
        this.formats = formats;
        this.requirements = requirements;
        this.unpaid = unpaid;
        this.reservations = reservations;
        this.households = households;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("weekdays")
    java.time.DayOfWeek[] weekdays() {
        return java.time.DayOfWeek.values();
    }

    @GetMapping("/enfants/{childId}/agenda")
    String agenda(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                  @RequestParam(name = "mois", required = false) String month,
                  @RequestParam(name = "activite", required = false) Long activityId,
                  @RequestParam(name = OutcomeLinks.PARAM, required = false) String outcomesParam, Model model) {
        var child = households.child(user.householdId(), childId);
        var activities = reservations.bookableActivities();
        model.addAttribute("child", child);
        model.addAttribute("activities", activities);
        if (activities.isEmpty()) {
            return "agenda/agenda";
        }
        long chosen = activityId != null && activities.stream().anyMatch(a -> a.id() == activityId) ? activityId
                : activities.stream().filter(a -> !enrolments.activePeriods(childId, a.id()).isEmpty())
                        .findFirst().orElse(activities.get(0)).id();
        YearMonth shown = month == null || month.isBlank()
                ? reservations.firstBookableMonth(user.householdId(), childId, chosen, YearMonth.now(clock))
                : parse(month);
        model.addAttribute("agenda", reservations.month(child, chosen, shown));
        // the lottery windows of the child's activities, announced whatever the month shown, and the draws' outcomes
        var announced = windows.announced(activities.stream().map(a -> a.id()).toList()).stream()
                .filter(w -> enrolments.activePeriods(childId, w.activityId()).contains(w.period().id())).toList();
        model.addAttribute("drawWindows", announced.stream().map(w -> new WindowNotice(w.activityName(),
                w.period().label(), w.phase(clock.instant()), formats.dateTime(w.opensAt()),
                formats.dateTime(w.closesAt()), formats.dateTime(w.allocateAt()))).toList());
        if (!announced.isEmpty()) {
            model.addAttribute("acceptsSplit", windows.acceptsSplit(user.householdId()));
        }
        model.addAttribute("drawOutcomes", windows.outcomes(user.householdId(), childId));
        model.addAttribute("requirementsMissing", requirements.missingToday(user.householdId(), childId, chosen,
                LocalDate.now(clock)));
        unpaid.describe(user.householdId(), model); // said before the family tries

        var asked = outcomes.read(user.householdId(), childId, outcomesParam);
        if (!asked.isEmpty()) {
            // the waiting-list rank is counted now, not in the request's write transaction
            model.addAttribute("results", reservations.ranked(user.householdId(), childId, chosen, asked));
        }
        return "agenda/agenda";
    }

    @PostMapping("/enfants/{childId}/agenda")
    String act(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
               @RequestParam(name = "activite", required = false) Long activityId,
               @RequestParam(name = "mois", required = false) String month,
               @RequestParam(name = "jours", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
               List<LocalDate> days, @RequestParam(name = "action", defaultValue = "demander") String action,
               RedirectAttributes redirect) {
        boolean valid = activityId != null && days != null && !days.isEmpty()
                && days.size() <= Reservations.MAX_DAYS_AT_ONCE;
        if (!valid) {
            households.child(user.householdId(), childId); // another family's child: 404 before any message
        }
        if (activityId == null) {
            return AGENDA;
        }
        redirect.addAttribute("activite", activityId).addAttribute("mois", parse(month).toString());
        if (days == null || days.isEmpty()) {
            redirect.addFlashAttribute("agendaError", "agenda.no-day");
        } else if (days.size() > Reservations.MAX_DAYS_AT_ONCE) {
            redirect.addFlashAttribute("agendaError", "agenda.too-many-days");
        } else {
            // ask and cancel check the child against the household first (404), in their own transaction
            var results = "annuler".equals(action)
                    ? reservations.cancel(user.householdId(), childId, activityId, days)
                    : reservations.ask(user.householdId(), childId, activityId, days);
            redirect.addAttribute(OutcomeLinks.PARAM, outcomes.write(user.householdId(), childId, results));
        }
        return AGENDA;
    }

    /** A lottery window as the agenda announces it (times already written in French). */
    record WindowNotice(String activityName, String periodLabel, BookingWindow.Phase phase, String opens,
                        String closes, String allocate) {
    }

    /** The family's choice for the siblings rule: its children may be drawn separately. */
    @PostMapping("/enfants/{childId}/agenda/tirage")
    String siblings(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                    @RequestParam(name = "fratrie", defaultValue = "false") boolean acceptsSplit,
                    @RequestParam(name = "activite", required = false) Long activityId,
                    @RequestParam(name = "mois", required = false) String month, RedirectAttributes redirect) {
        households.child(user.householdId(), childId);
        windows.setAcceptsSplit(user.householdId(), acceptsSplit);
        redirect.addFlashAttribute("drawNotice", acceptsSplit ? "draw.split.saved.yes" : "draw.split.saved.no");
        if (activityId != null) {
            redirect.addAttribute("activite", activityId);
        }
        redirect.addAttribute("mois", parse(month).toString());
        return AGENDA;
    }

    /**
     * One view name for every child: the view resolver caches a view per name, so a name built per child (and per
     * month) created a new view under the resolver's lock on every request. The path variable comes from the
     * request's own {childId}; the query comes from the redirect attributes.
     */
    static final String AGENDA = "redirect:/enfants/{childId}/agenda";

    /** The month of the address; today's month when there is none or it is unreadable or implausible. */
    private YearMonth parse(String month) {
        return PlausibleDate.parseMonth(month, LocalDate.now(clock)).orElseGet(() -> YearMonth.now(clock));
    }
}
