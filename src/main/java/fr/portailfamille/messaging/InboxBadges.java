package fr.portailfamille.messaging;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.Lazily;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layouts need from the inbox: the unread count on the bar entry (one indexed query per page,
 * only for a logged-in user), and on Mon compte the e-mail notification setting. The values are lazy: they are
 * queried only when a template renders them, never for a POST that answers with a redirect.
 */
@ControllerAdvice
class InboxBadges {

    private final MessageStore store;

    InboxBadges(MessageStore store) {
        this.store = store;
    }

    @ModelAttribute
    void badges(HttpServletRequest request, org.springframework.ui.Model model) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user.isAgent()) {
            if (path.startsWith("/gestion")) {
                model.addAttribute("townUnread", Lazily.of(store::townUnread));
            }
            return;
        }
        model.addAttribute("inboxUnread", Lazily.of(() -> store.familyUnread(user.householdId())));
        if (path.equals("/compte")) {
            model.addAttribute("emailNotifications", Lazily.of(() -> store.emailNotifications(user.householdId())));
        }
    }
}
