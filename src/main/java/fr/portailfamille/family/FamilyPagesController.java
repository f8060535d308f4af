package fr.portailfamille.family;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Mon compte and Mes enfants, read-only views of the validated records. */
@Controller
class FamilyPagesController {

    private final Households households;

    FamilyPagesController(Households households) {
        this.households = households;
    }

    @GetMapping("/compte")
    String account(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("household", households.household(user.householdId()));
        model.addAttribute("children", households.children(user.householdId()));
        return "family/compte";
    }

    @GetMapping("/enfants")
    String children(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("children", households.children(user.householdId()));
        return "family/enfants";
    }

    @GetMapping("/enfants/{childId}")
    String child(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        return "family/enfant";
    }
}
