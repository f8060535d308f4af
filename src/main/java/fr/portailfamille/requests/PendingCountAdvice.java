package fr.portailfamille.requests;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.shared.Lazily;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of pending requests, shown next to "Demandes" in the back-office menu (counted only if rendered). */
@ControllerAdvice
class PendingCountAdvice {

    private final Requests requests;

    PendingCountAdvice(Requests requests) {
        this.requests = requests;
    }

    @ModelAttribute
    void pendingCount(HttpServletRequest http, Model model) {
        if (http.getRequestURI().startsWith(http.getContextPath() + "/gestion")) {
            model.addAttribute("pendingRequestCount", Lazily.of(requests::pendingCount));
        }
    }
}
