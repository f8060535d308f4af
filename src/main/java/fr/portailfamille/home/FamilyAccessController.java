package fr.portailfamille.home;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.account.AccountInvitations;
import fr.portailfamille.account.AccountSummary;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family's portal access, from its page: « Inviter ce responsable » (an account whose login is the guardian's
 * e-mail, and a one-time link by e-mail) and « Envoyer un lien de nouveau mot de passe ».
 */
@Controller
class FamilyAccessController {

    private final Households households;
    private final AccountInvitations invitations;
    private final AccountAdministration accounts;

    FamilyAccessController(Households households, AccountInvitations invitations, AccountAdministration accounts) {
        this.households = households;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @PostMapping("/gestion/familles/{householdId}/inviter")
    String invite(@PathVariable long householdId, @RequestParam(name = "responsable", required = false) String role,
                  RedirectAttributes redirect) {
        var household = households.household(householdId);
        Guardian guardian = "SECOND".equals(role) ? household.second() : household.primary();
        if (guardian == null || guardian.email() == null || guardian.email().isBlank()
                || !AccountInvitations.plausibleEmail(guardian.email())) {
            redirect.addFlashAttribute("problem", "access.invite.no-email");
        } else {
            try {
                invitations.inviteFamilyMember(householdId, guardian.email(), guardian.fullName());
                redirect.addFlashAttribute("notice", "access.invite.sent");
            } catch (AccountInvitations.LoginTakenException taken) {
                redirect.addFlashAttribute("problem", "access.invite.taken");
            }
        }
        return "redirect:/gestion/familles/" + householdId;
    }

    @PostMapping("/gestion/familles/{householdId}/comptes/{accountId}/lien-mot-de-passe")
    String sendReset(@PathVariable long householdId, @PathVariable long accountId, RedirectAttributes redirect) {
        households.household(householdId);
        AccountSummary account = accounts.accountsOfHousehold(householdId).stream()
                .filter(a -> a.id() == accountId).findFirst().orElseThrow(() -> new NotFoundException("account"));
        invitations.sendPasswordReset(account.id());
        redirect.addFlashAttribute("notice", "access.reset.sent");
        return "redirect:/gestion/familles/" + householdId;
    }
}
