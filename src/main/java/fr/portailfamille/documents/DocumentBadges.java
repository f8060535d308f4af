package fr.portailfamille.documents;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.Lazily;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What Accueil and a child's page show of the pièces à fournir (the documents to send, renew, or waiting for the
 * town), and the child's autorisations parentales (each consent with its current answer) on the family's child page
 * and on the agents' view of the child, without the family and home modules knowing this one. Lazy: queried only
 * when a template renders it, after the page itself checked the child's household.
 */
@ControllerAdvice
class DocumentBadges {

    private static final Pattern CHILD_PAGE = Pattern.compile("^/enfants/(\\d{1,18})$");
    private static final Pattern AGENT_CHILD_PAGE = Pattern.compile("^/gestion/familles/(\\d{1,18})/enfants/(\\d{1,18})$");

    private final Documents documents;
    private final Consents consents;

    DocumentBadges(Documents documents, Consents consents) {
        this.documents = documents;
        this.consents = consents;
    }

    @ModelAttribute
    void documents(HttpServletRequest request, Model model) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || !"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user.isAgent()) {
            var child = AGENT_CHILD_PAGE.matcher(path);
            if (child.matches()) {
                long householdId = Long.parseLong(child.group(1));
                long childId = Long.parseLong(child.group(2));
                model.addAttribute("consentLines", Lazily.of(() -> consents.ofChild(householdId, childId)));
            }
            return;
        }
        if (path.equals("/")) {
            model.addAttribute("documentLines", Lazily.of(() -> documents.lines(user.householdId()).stream()
                    .filter(l -> l.state() != DocumentState.VALID).toList()));
            return;
        }
        var child = CHILD_PAGE.matcher(path);
        if (child.matches()) {
            long childId = Long.parseLong(child.group(1));
            // the page itself answers 404 for another family's child before this is ever read
            model.addAttribute("documentLines", Lazily.of(() -> documents.linesOfChild(user.householdId(), childId)));
            model.addAttribute("consentLines", Lazily.of(() -> consents.ofChild(user.householdId(), childId)));
            model.addAttribute("consentLink", "/enfants/" + childId + "/consentements");
        }
    }
}
