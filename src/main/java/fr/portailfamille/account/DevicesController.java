package fr.portailfamille.account;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Appareils connectés » on Mon compte: « Déconnecter cet appareil » (the list: {@link DevicesOnAccountPage}). */
@Controller
class DevicesController {

    private final PersistentLogins logins;

    DevicesController(PersistentLogins logins) {
        this.logins = logins;
    }

    @PostMapping("/compte/appareils/{deviceId}/retrait")
    String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable long deviceId, RedirectAttributes redirect) {
        if (!logins.revoke(user.accountId(), deviceId)) {
            throw new NotFoundException("device"); // another account's device, or already removed
        }
        redirect.addFlashAttribute("notice", "devices.revoked");
        return "redirect:/compte";
    }
}
