package fr.portailfamille.messaging;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layouts need from the inbox: the unread count on the bar entry (one indexed query per page,
 * only for a logged-in user), and on Mon compte the e-mail notification setting.
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
                model.addAttribute("townUnread", store.townUnread());
            }
            return;
        }
        model.addAttribute("inboxUnread", store.familyUnread(user.householdId()));
        if (path.equals("/compte")) {
            model.addAttribute("emailNotifications", store.emailNotifications(user.householdId()));
        }
    }
}
