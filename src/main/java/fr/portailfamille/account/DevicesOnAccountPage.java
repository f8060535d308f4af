package fr.portailfamille.account;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.shared.Lazily;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The remembered devices of the logged-in family, for Mon compte only, read only if the page renders them. */
@ControllerAdvice
class DevicesOnAccountPage {

    private final PersistentLogins logins;

    DevicesOnAccountPage(PersistentLogins logins) {
        this.logins = logins;
    }

    @ModelAttribute
    void devices(HttpServletRequest request, Model model) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user && !user.isAgent()
                && request.getRequestURI().equals(request.getContextPath() + "/compte")) {
            model.addAttribute("devices", Lazily.of(() -> logins.devices(user.accountId(), request)));
        }
    }
}
