package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.activities.Activities;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gestion › Tirages au sort: the booking windows of the activities' periods (first come, first served or lottery),
 * per window the requests per day against the places, the rules, the run button and the report; and a household's
 * priority flag set from proof.
 */
@Controller
@RequestMapping("/gestion/tirages")
class LotteryAdminController {

    private final BookingWindows windows;
    private final Activities activities;
    private final Households households;
    private final Clock clock;

    LotteryAdminController(BookingWindows windows, Activities activities, Households households, Clock clock) {
        this.windows = windows;
        this.activities = activities;
        this.households = households;
        this.clock = clock;
    }

    @ModelAttribute("modes")
    BookingMode[] modes() {
        return BookingMode.values();
    }

    @ModelAttribute("ruleChoices")
    LotteryRule[] rules() {
        return LotteryRule.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("windows", windows.all());
        model.addAttribute("now", clock.instant());
        return "agenda/tirages";
    }

    /** A period of an activity, as the form's choice offers it. */
    record PeriodChoice(long activityId, String activityName, PeriodView period) {
    }

    private List<PeriodChoice> periods() {
        return activities.all().stream().filter(ActivityView::dailyReservations)
                .flatMap(a -> a.periods().stream().map(p -> new PeriodChoice(a.id(), a.name(), p))).toList();
    }

    @GetMapping("/nouveau")
    String createForm(@RequestParam(name = "periode", required = false) Long periodId, Model model) {
        if (!model.containsAttribute("windowForm")) {
            var form = new WindowForm();
            var tomorrow = LocalDateTime.now(clock).toLocalDate().plusDays(1);
            form.setOpensAt(tomorrow.atTime(LocalTime.of(8, 30)));
            form.setClosesAt(tomorrow.plusDays(2).atTime(LocalTime.of(8, 30)));
            form.setAllocateAt(tomorrow.plusDays(2).atTime(LocalTime.of(18, 0)));
            form.setPeriodId(periodId);
            model.addAttribute("windowForm", form);
        }
        model.addAttribute("periods", periods());
        return "agenda/tirage-formulaire";
    }

    @PostMapping("/nouveau")
    String create(@Valid @ModelAttribute("windowForm") WindowForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        var choice = form.getPeriodId() == null ? null
                : periods().stream().filter(p -> p.period().id() == form.getPeriodId()).findFirst().orElse(null);
        if (choice == null) {
            errors.rejectValue("periodId", "window.period.required");
        }
        var settings = form.validate(errors, choice == null ? 0 : choice.activityId());
        var problem = settings == null ? java.util.Optional.<BookingWindows.Problem>empty() : windows.create(settings);
        problem.ifPresent(p -> errors.rejectValue(p == BookingWindows.Problem.PERIOD_TAKEN ? "periodId" : "closesAt",
                "window.error." + p.name()));
        if (errors.hasErrors()) {
            model.addAttribute("periods", periods());
            return "agenda/tirage-formulaire";
        }
        redirect.addFlashAttribute("notice", "window.saved");
        return "redirect:/gestion/tirages/" + windows.idOf(choice.activityId(), form.getPeriodId());
    }

    @GetMapping("/{windowId}")
    String show(@PathVariable long windowId, Model model) {
        var window = windows.get(windowId);
        model.addAttribute("window", window);
        model.addAttribute("phase", window.phase(clock.instant()));
        model.addAttribute("days", windows.days(windowId));
        model.addAttribute("run", windows.run(windowId).orElse(null));
        return "agenda/tirage";
    }

    /** The printable report: seed, rules in force, per-day figures. */
    @GetMapping("/{windowId}/rapport")
    String report(@PathVariable long windowId, Model model) {
        show(windowId, model);
        return "agenda/tirage-rapport";
    }

    @GetMapping("/{windowId}/modifier")
    String editForm(@PathVariable long windowId, Model model) {
        var window = windows.get(windowId);
        model.addAttribute("window", window);
        if (!model.containsAttribute("windowForm")) {
            model.addAttribute("windowForm", WindowForm.of(window, clock.getZone()));
        }
        return "agenda/tirage-modifier";
    }

    @PostMapping("/{windowId}/modifier")
    String edit(@PathVariable long windowId, @Valid @ModelAttribute("windowForm") WindowForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        var window = windows.get(windowId);
        form.setPeriodId(window.period().id());
        var settings = form.validate(errors, window.activityId());
        var problem = settings == null ? java.util.Optional.<BookingWindows.Problem>empty()
                : windows.update(windowId, settings);
        problem.ifPresent(p -> errors.rejectValue("closesAt", "window.error." + p.name()));
        if (errors.hasErrors()) {
            model.addAttribute("window", window);
            return "agenda/tirage-modifier";
        }
        redirect.addFlashAttribute("notice", "window.saved");
        return "redirect:/gestion/tirages/" + windowId;
    }

    @PostMapping("/{windowId}/attribution")
    String allocate(@AuthenticationPrincipal PortalUser user, @PathVariable long windowId,
                    RedirectAttributes redirect) {
        var refusal = windows.allocate(windowId, user.login());
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("windowError", refusal.get());
        } else {
            redirect.addFlashAttribute("notice", "lottery.allocated");
        }
        return "redirect:/gestion/tirages/" + windowId;
    }

    // ---- a household's priority flag (from proof)

    @GetMapping("/familles/{householdId}")
    String household(@PathVariable long householdId, Model model) {
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("workingParents", windows.workingParents(householdId));
        model.addAttribute("acceptsSplit", windows.acceptsSplit(householdId));
        return "agenda/tirage-famille";
    }

    @PostMapping("/familles/{householdId}")
    String setHousehold(@PathVariable long householdId,
                        @RequestParam(name = "parentsActifs", defaultValue = "false") boolean working,
                        RedirectAttributes redirect) {
        windows.setWorkingParents(householdId, working);
        redirect.addFlashAttribute("notice", "lottery.household.saved");
        return "redirect:/gestion/tirages/familles/" + householdId;
    }
}
