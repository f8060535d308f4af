package fr.portailfamille.documents;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.Households;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Autorisations parentales of a child: each consent given, refused or withdrawn by the guardian, with history. */
@Controller
class FamilyConsentsController {

    private final Consents consents;
    private final Households households;

    FamilyConsentsController(Consents consents, Households households) {
        this.consents = consents;
        this.households = households;
    }

    @GetMapping("/enfants/{childId}/consentements")
    String page(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        model.addAttribute("lines", consents.ofChild(user.householdId(), childId));
        return "documents/consentements";
    }

    @PostMapping("/enfants/{childId}/consentements")
    String answer(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                  @RequestParam(name = "consentement", required = false) Long typeId,
                  @RequestParam(name = "reponse", required = false) String answer, RedirectAttributes redirect) {
        households.child(user.householdId(), childId);
        ConsentAnswer chosen = parse(answer);
        if (typeId == null || chosen == null) {
            redirect.addFlashAttribute("consentError", "consents.answer.required");
            return "redirect:/enfants/" + childId + "/consentements";
        }
        boolean recorded = consents.answer(user.householdId(), childId, typeId, chosen, user.displayName());
        redirect.addFlashAttribute("notice", recorded ? "consents.recorded." + chosen.name() : "consents.unchanged");
        return "redirect:/enfants/" + childId + "/consentements#consentement-" + typeId;
    }

    private static ConsentAnswer parse(String answer) {
        for (var a : ConsentAnswer.values()) {
            if (a.name().equals(answer)) {
                return a;
            }
        }
        return null;
    }
}
