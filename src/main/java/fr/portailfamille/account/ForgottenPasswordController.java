package fr.portailfamille.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ForgottenPasswordController {

    private static final int MAX_IDENTIFIER = 200;

    private final PasswordResets resets;

    ForgottenPasswordController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/mot-de-passe-oublie")
    String form() {
        return "account/mot-de-passe-oublie";
    }

    @PostMapping("/mot-de-passe-oublie")
    String ask(@RequestParam(name = "identifiant", required = false) String identifier, HttpServletRequest request,
               Model model) {
        String typed = identifier == null ? "" : identifier.strip();
        if (typed.isEmpty() || typed.length() > MAX_IDENTIFIER || typed.chars().anyMatch(Character::isISOControl)) {
            model.addAttribute("missing", true);
            model.addAttribute("typed", typed.length() > MAX_IDENTIFIER ? "" : typed);
            return "account/mot-de-passe-oublie";
        }
        if (resets.request(typed, request.getRemoteAddr()) == PasswordResets.Answer.THROTTLED) {
            model.addAttribute("throttled", true);
            model.addAttribute("typed", typed);
            return "account/mot-de-passe-oublie";
        }
        return "redirect:/mot-de-passe-oublie?envoye";
    }
}
