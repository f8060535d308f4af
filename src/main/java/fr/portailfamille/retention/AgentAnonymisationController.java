package fr.portailfamille.retention;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.Households;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents: anonymise a household at the family's request, after a confirmation page that says what goes and what
 * stays — or why it cannot be done yet (money owed). The record of what retention did: /gestion/conservation.
 */
@Controller
class AgentAnonymisationController {

    private final Retention retention;
    private final Households households;
    private final RetentionSettings settings;
    private final org.springframework.context.MessageSource messages;

    AgentAnonymisationController(Retention retention, Households households, RetentionSettings settings,
                                 org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.retention = retention;
        this.households = households;
        this.settings = settings;
    }

    @GetMapping("/gestion/familles/{householdId}/anonymisation")
    String confirm(@PathVariable long householdId, Model model, java.util.Locale locale) {
        model.addAttribute("household", households.household(householdId));
        boolean done = retention.anonymised(householdId);
        model.addAttribute("done", done);
        if (!done) {
            var decision = retention.policy().onRequest(retention.standing(householdId));
            model.addAttribute("allowed", decision.allowed());
            if (!decision.allowed()) {
                model.addAttribute("refusal", messages.getMessage(decision.refusalKey(), decision.arguments(), locale));
            }
        }
        return "retention/anonymisation";
    }

    @PostMapping("/gestion/familles/{householdId}/anonymisation")
    String anonymise(@AuthenticationPrincipal PortalUser agent, @PathVariable long householdId,
                     RedirectAttributes redirect) {
        households.household(householdId);
        if (retention.anonymised(householdId)) {
            return "redirect:/gestion/familles/" + householdId + "/anonymisation";
        }
        var decision = retention.anonymiseOnRequest(householdId, agent.login());
        if (!decision.allowed()) {
            return "redirect:/gestion/familles/" + householdId + "/anonymisation";
        }
        redirect.addFlashAttribute("notice", "retention.anonymised");
        return "redirect:/gestion/familles/" + householdId;
    }

    @GetMapping("/gestion/conservation")
    String record(Model model) {
        model.addAttribute("actions", retention.recent());
        model.addAttribute("settings", settings);
        return "retention/conservation";
    }
}
