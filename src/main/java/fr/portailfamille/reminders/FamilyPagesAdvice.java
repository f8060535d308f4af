package fr.portailfamille.reminders;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.Lazily;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What this module adds to two family pages, read only if the page renders it: on Accueil the certification card
 * ({@code certification}, null once the family confirmed this school year), on Mon compte the reminder choices
 * ({@code reminderPreferences}).
 */
@ControllerAdvice
class FamilyPagesAdvice {

    private final Certifications certifications;
    private final Reminders reminders;

    FamilyPagesAdvice(Certifications certifications, Reminders reminders) {
        this.certifications = certifications;
        this.reminders = reminders;
    }

    @ModelAttribute
    void decorate(HttpServletRequest request, Model model) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || user.isAgent()) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            model.addAttribute("certification",
                    Lazily.of(() -> certifications.pending(user.householdId()).orElse(null)));
        } else if (path.equals("/compte")) {
            model.addAttribute("reminderPreferences", Lazily.of(() -> reminders.preferences(user.householdId())));
        }
    }
}
