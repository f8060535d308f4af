package fr.portailfamille.reminders;

import java.util.List;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family's side: its reminder choices (Mon compte) and the yearly « Mes informations sont à jour » (Accueil). */
@Controller
class FamilyRemindersController {

    private final Reminders reminders;
    private final Certifications certifications;

    FamilyRemindersController(Reminders reminders, Certifications certifications) {
        this.reminders = reminders;
        this.certifications = certifications;
    }

    /** The kinds ticked are received, the others switched off; unknown kinds are ignored. */
    @PostMapping("/compte/rappels")
    String preferences(@AuthenticationPrincipal PortalUser user,
                       @RequestParam(name = "kinds", required = false) List<String> kinds,
                       RedirectAttributes redirect) {
        reminders.receiveOnly(user.householdId(), kinds == null ? List.of() : kinds);
        redirect.addFlashAttribute("notice", "reminders.saved");
        return "redirect:/compte#rappels";
    }

    @PostMapping("/compte/certification")
    String certify(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        certifications.confirm(user.householdId(), user.displayName());
        redirect.addFlashAttribute("notice", "certification.done");
        return "redirect:/";
    }
}
