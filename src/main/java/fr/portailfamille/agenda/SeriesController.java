package fr.portailfamille.agenda;

import java.util.List;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.family.Households;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Réserver plusieurs jours » (semaine type): the pattern form and its preview (GET: nothing changes), the
 * confirmation (POST, then the outcomes page: post-redirect-get).
 */
@Controller
class SeriesController {

    static final String PAGE = "agenda/plusieurs-jours";

    private final ReservationSeries series;
    private final Reservations reservations;
    private final Households households;
    private final UnpaidBalanceCheck unpaid;

    SeriesController(ReservationSeries series, Reservations reservations, Households households,
                     UnpaidBalanceCheck unpaid) {
        this.unpaid = unpaid;
        this.series = series;
        this.reservations = reservations;
        this.households = households;
    }

    @ModelAttribute("rhythms")
    RecurringDays.Rhythm[] rhythms() {
        return RecurringDays.Rhythm.values();
    }

    @ModelAttribute("weekdays")
    java.time.DayOfWeek[] weekdays() {
        return java.time.DayOfWeek.values();
    }

    @GetMapping("/enfants/{childId}/agenda/plusieurs-jours")
    String form(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                @ModelAttribute("seriesForm") SeriesForm form, BindingResult errors,
                @org.springframework.web.bind.annotation.RequestParam(name = "apercu", required = false) String preview,
                Model model) {
        var child = households.child(user.householdId(), childId);
        model.addAttribute("child", child);
        var activity = prepare(childId, form, model);
        boolean refused = unpaid.describe(user.householdId(), model); // said before the family tries
        if (activity == null || preview == null || errors.hasErrors()) {
            return PAGE;
        }
        var period = period(childId, activity, form);
        var expansion = series.expand(activity, period, form);
        expansion.errors().forEach((field, key) -> errors.rejectValue(field, key));
        if (!expansion.valid()) {
            return PAGE;
        }
        var days = series.preview(user.householdId(), child, activity, expansion, form.cancelling(),
                !form.cancelling() && refused);
        model.addAttribute("expansion", expansion);
        model.addAttribute("days", days);
        model.addAttribute("actionable", days.stream().filter(SeriesDay::actionable).count());
        return PAGE;
    }

    @PostMapping("/enfants/{childId}/agenda/plusieurs-jours")
    String confirm(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                   @ModelAttribute("seriesForm") SeriesForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        var child = households.child(user.householdId(), childId);
        model.addAttribute("child", child);
        var activity = prepare(childId, form, model);
        if (activity == null || errors.hasErrors()) {
            return PAGE;
        }
        var expansion = series.expand(activity, period(childId, activity, form), form);
        expansion.errors().forEach((field, key) -> errors.rejectValue(field, key));
        if (!expansion.valid()) {
            return PAGE;
        }
        var results = series.apply(user.householdId(), childId, activity.id(), expansion, form.cancelling());
        redirect.addFlashAttribute("seriesResults", results);
        redirect.addFlashAttribute("seriesCancelled", form.cancelling());
        redirect.addAttribute("activite", activity.id());
        return "redirect:/enfants/{childId}/agenda/plusieurs-jours/resultat";
    }

    @GetMapping("/enfants/{childId}/agenda/plusieurs-jours/resultat")
    String outcomes(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                    @org.springframework.web.bind.annotation.RequestParam(name = "activite", required = false)
                    Long activityId, Model model) {
        var child = households.child(user.householdId(), childId);
        model.addAttribute("child", child);
        var activity = activityId == null ? null : reservations.bookableActivities().stream()
                .filter(a -> a.id() == activityId).findFirst().orElse(null);
        model.addAttribute("activity", activity);
        if (activity != null && model.getAttribute("seriesResults") instanceof List<?> results) {
            var ranked = reservations.ranked(user.householdId(), childId, activity.id(),
                    results.stream().map(AskResult.class::cast).toList());
            model.addAttribute("results", ranked);
            model.addAttribute("done", ranked.stream().filter(r -> r.outcome() != AskResult.Outcome.REFUSED).count());
        }
        return "agenda/plusieurs-jours-resultat";
    }

    /**
     * The activity (the form's, else the first one the child is enrolled in), its enrolled periods and the refusal
     * for unpaid invoices into the model; null when no activity offers daily bookings.
     */
    private ActivityView prepare(long childId, SeriesForm form, Model model) {
        var activities = reservations.bookableActivities();
        model.addAttribute("activities", activities);
        if (activities.isEmpty()) {
            return null;
        }
        var activity = activities.stream().filter(a -> form.getActivite() != null && a.id() == form.getActivite())
                .findFirst().orElseGet(() -> activities.stream()
                        .filter(a -> !series.periods(childId, a).isEmpty()).findFirst().orElse(activities.get(0)));
        form.setActivite(activity.id());
        var periods = series.periods(childId, activity);
        model.addAttribute("activity", activity);
        model.addAttribute("periods", periods);
        if (periods.isEmpty()) {
            return null;
        }
        if (form.getPeriode() == null || periods.stream().noneMatch(p -> p.id() == form.getPeriode())) {
            form.setPeriode(periods.get(0).id());
        }
        return activity;
    }

    private PeriodView period(long childId, ActivityView activity, SeriesForm form) {
        return series.periods(childId, activity).stream().filter(p -> p.id() == form.getPeriode()).findFirst()
                .orElseThrow();
    }
}
