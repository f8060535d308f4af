package fr.portailfamille.billing;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Mes enfants › Tarifs appliqués: the bracket and unit price of each child, and why. */
@Controller
class FamilyTariffController {

    private final Tariffs tariffs;

    FamilyTariffController(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @GetMapping("/enfants/tarifs")
    String applied(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("applied", tariffs.applied(user.householdId()));
        model.addAttribute("settings", tariffs.settings());
        return "billing/tarifs-appliques";
    }
}
