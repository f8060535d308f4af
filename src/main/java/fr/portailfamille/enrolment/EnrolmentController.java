package fr.portailfamille.enrolment;

import jakarta.validation.Valid;

import fr.portailfamille.account.PortalUser;
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

/** Inscriptions en cours, Inscrire mon enfant, Nouvelle inscription scolaire. */
@Controller
@RequestMapping("/enfants/{childId}")
class EnrolmentController {

    private final Enrolments enrolments;
    private final Households households;

    EnrolmentController(Enrolments enrolments, Households households) {
        this.enrolments = enrolments;
        this.households = households;
    }

    @GetMapping("/inscriptions")
    String current(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        model.addAttribute("enrolments", enrolments.ofChild(user.householdId(), childId));
        model.addAttribute("schoolRequests", enrolments.schoolRequests(user.householdId(), childId));
        return "enrolment/inscriptions";
    }

    @GetMapping("/inscriptions/nouvelle")
    String options(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        model.addAttribute("missing", households.missingSections(user.householdId(), childId));
        var options = enrolments.options(user.householdId(), childId);
        model.addAttribute("eligible", options.stream().filter(EnrolmentOption::eligible).toList());
        model.addAttribute("ineligible", options.stream().filter(o -> !o.eligible()).toList());
        return "enrolment/inscrire";
    }

    @PostMapping("/inscriptions/nouvelle")
    String ask(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
               @RequestParam(name = "activite", required = false) Long activityId,
               @RequestParam(name = "periode", required = false) Long periodId, Model model,
               RedirectAttributes redirect) {
        households.child(user.householdId(), childId); // 404 for another family's child, whatever the form holds
        if (activityId == null || periodId == null) {
            return "redirect:/enfants/" + childId + "/inscriptions/nouvelle";
        }
        try {
            enrolments.ask(user.householdId(), childId, activityId, periodId);
        } catch (IneligibleException e) {
            model.addAttribute("error", e.reason().messageKey());
            model.addAttribute("errorActivity", e.activity());
            model.addAttribute("errorMissing", e.missing());
            return options(user, childId, model);
        }
        redirect.addFlashAttribute("notice", "enrolment.asked");
        return "redirect:/enfants/" + childId + "/inscriptions";
    }

    @GetMapping("/inscription-scolaire")
    String schoolForm(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        model.addAttribute("years", enrolments.schoolYears());
        model.addAttribute("levels", SchoolEnrolmentForm.LEVELS);
        model.addAttribute("schools", SchoolEnrolmentForm.SCHOOLS);
        if (!model.containsAttribute("schoolForm")) {
            model.addAttribute("schoolForm", new SchoolEnrolmentForm());
        }
        return "enrolment/inscription-scolaire";
    }

    @PostMapping("/inscription-scolaire")
    String askSchool(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                     @Valid @ModelAttribute("schoolForm") SchoolEnrolmentForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        households.child(user.householdId(), childId);
        form.validate(errors, enrolments.schoolYears());
        if (errors.hasErrors()) {
            return schoolForm(user, childId, model);
        }
        enrolments.askSchool(user.householdId(), childId, form);
        redirect.addFlashAttribute("notice", "school.asked");
        return "redirect:/enfants/" + childId + "/inscriptions";
    }
}
