package fr.portailfamille.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping({"/connexion", "/gestion/connexion"})
    String login(HttpSession session, Model model, Authentication authentication) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object error = session.getAttribute(LoginOutcomeHandlers.ERROR_ATTRIBUTE);
        Object typed = session.getAttribute(LoginOutcomeHandlers.LOGIN_ATTRIBUTE);
        session.removeAttribute(LoginOutcomeHandlers.ERROR_ATTRIBUTE);
        session.removeAttribute(LoginOutcomeHandlers.LOGIN_ATTRIBUTE);
        model.addAttribute("loginError", error);
        model.addAttribute("typedLogin", typed);
        return "account/connexion";
    }
}
