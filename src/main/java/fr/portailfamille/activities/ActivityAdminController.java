package fr.portailfamille.activities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.validation.Valid;

import fr.portailfamille.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;
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

/** Gestion › Activités: create and edit activities, their periods and closing days. */
@Controller
@RequestMapping("/gestion/activites")
class ActivityAdminController {

    private final Activities activities;
    private final Clock clock;

    ActivityAdminController(Activities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    ActivityKind[] kinds() {
        return ActivityKind.values();
    }

    @ModelAttribute("weekdayChoices")
    DayOfWeek[] weekdays() {
        return DayOfWeek.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("activities", activities.all());
        return "activities/activites";
    }

    @GetMapping("/nouvelle")
    String createForm(Model model) {
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm());
        }
        return "activities/activite-nouvelle";
    }

    @PostMapping("/nouvelle")
    String create(@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        var settings = form.validate(errors);
        if (errors.hasErrors()) {
            return "activities/activite-nouvelle";
        }
        long id = activities.create(settings);
        redirect.addFlashAttribute("notice", "activity.saved");
        return "redirect:/gestion/activites/" + id;
    }

    @GetMapping("/{activityId}")
    String edit(@PathVariable long activityId, Model model) {
        var activity = activities.get(activityId);
        model.addAttribute("activity", activity);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.of(activity));
        }
        if (!model.containsAttribute("periodForm")) {
            model.addAttribute("periodForm", new PeriodForm());
        }
        return "activities/activite";
    }

    @PostMapping("/{activityId}")
    String update(@PathVariable long activityId, @Valid @ModelAttribute("activityForm") ActivityForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        var settings = form.validate(errors);
        if (errors.hasErrors()) {
            return edit(activityId, model);
        }
        activities.update(activityId, settings);
        redirect.addFlashAttribute("notice", "activity.saved");
        return "redirect:/gestion/activites/" + activityId;
    }

    @PostMapping("/{activityId}/periodes")
    String addPeriod(@PathVariable long activityId, @Valid @ModelAttribute("periodForm") PeriodForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        form.validate(errors);
        if (errors.hasErrors()) {
            return edit(activityId, model);
        }
        activities.addPeriod(activityId, form.getLabel().trim(), form.getStart(), form.getEnd(), form.getWeekdays());
        redirect.addFlashAttribute("notice", "period.saved");
        return "redirect:/gestion/activites/" + activityId;
    }

    @PostMapping("/{activityId}/periodes/{periodId}/supprimer")
    String removePeriod(@PathVariable long activityId, @PathVariable long periodId, RedirectAttributes redirect) {
        activities.removePeriod(activityId, periodId);
        redirect.addFlashAttribute("notice", "period.removed");
        return "redirect:/gestion/activites/" + activityId;
    }

    @PostMapping("/{activityId}/fermetures")
    String addClosingDay(@PathVariable long activityId,
                         @RequestParam(name = "jour", required = false) String typedDay,
                         @RequestParam(name = "motif", required = false) String label,
                         Model model, RedirectAttributes redirect) {
        if (typedDay == null || typedDay.isBlank()) {
            model.addAttribute("closingError", "closing.day.required");
            return edit(activityId, model);
        }
        LocalDate day = PlausibleDate.parse(typedDay, LocalDate.now(clock)).orElse(null);
        if (day == null) {
            model.addAttribute("closingError", PlausibleDate.MESSAGE_KEY);
            return edit(activityId, model);
        }
        activities.addClosingDay(activityId, day, label == null || label.isBlank() ? null
                : label.trim().substring(0, Math.min(120, label.trim().length())));
        redirect.addFlashAttribute("notice", "closing.saved");
        return "redirect:/gestion/activites/" + activityId;
    }

    @PostMapping("/{activityId}/fermetures/{day}/supprimer")
    String removeClosingDay(@PathVariable long activityId,
                            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                            RedirectAttributes redirect) {
        activities.removeClosingDay(activityId, day);
        redirect.addFlashAttribute("notice", "closing.removed");
        return "redirect:/gestion/activites/" + activityId;
    }

}
