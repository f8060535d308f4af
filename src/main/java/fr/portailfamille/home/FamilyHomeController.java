package fr.portailfamille.home;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.billing.Statements;
import fr.portailfamille.family.Households;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Accueil: the responsable, the balance, unpaid invoices and the children. */
@Controller
class FamilyHomeController {

    private final Households households;
    private final Statements statements;

    FamilyHomeController(Households households, Statements statements) {
        this.households = households;
        this.statements = statements;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user, Model model) {
        if (user.isAgent()) {
            return "redirect:/gestion";
        }
        long householdId = user.householdId();
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("children", households.children(householdId));
        model.addAttribute("statement", statements.statement(householdId));
        model.addAttribute("missing", households.missingSections(householdId));
        return "home/accueil";
    }
}
