package fr.portailfamille.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the town and the current path (to mark the active menu entry). */
@ControllerAdvice
class LayoutModel {

    private final Town town;

    LayoutModel(Town town) {
        this.town = town;
    }

    @ModelAttribute("town")
    TownSettings town() {
        return town.settings();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
