package fr.portailfamille.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page a one-time link opens: an activation or invitation ({@code /activation/…}) or a forgotten password
 * ({@code /mot-de-passe-oublie/…}). The person chooses a password under the policy; an expired, used or unknown
 * link says so and offers a new one.
 */
@Controller
class LinkPasswordController {

    private final OneTimeLinks links;
    private final PasswordPolicy policy;

    LinkPasswordController(OneTimeLinks links, PasswordPolicy policy) {
        this.links = links;
        this.policy = policy;
    }

    @GetMapping({"/activation/{token}", "/mot-de-passe-oublie/{token}"})
    String open(@PathVariable String token, Model model) {
        var opened = links.open(token);
        model.addAttribute("form", new PasswordChangeForm());
        return show(opened, model);
    }

    @org.springframework.web.bind.annotation.ModelAttribute("action")
    String action(@PathVariable String token, jakarta.servlet.http.HttpServletRequest request) {
        return (request.getRequestURI().contains("/activation/") ? "/activation/" : "/mot-de-passe-oublie/") + token;
    }

    @PostMapping({"/activation/{token}", "/mot-de-passe-oublie/{token}"})
    String choose(@PathVariable String token, @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
                  Model model) {
        var opened = links.open(token);
        if (!opened.valid()) {
            return show(opened, model);
        }
        policy.check(opened.account().login(), form.getNewPassword())
                .forEach(v -> errors.rejectValue("newPassword", v.messageKey()));
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return show(opened, model);
        }
        return switch (links.setPassword(token, form.getNewPassword())) {
            case CHANGED -> opened.link().purpose() == LinkPurpose.RESET
                    ? "redirect:/connexion?motDePasseChange" : "redirect:/connexion?compteActive";
            case LINK_INVALID -> show(links.open(token), model);
            case POLICY_REFUSED -> show(opened, model);
        };
    }

    private static String show(OneTimeLinks.Opened opened, Model model) {
        model.addAttribute("valid", opened.valid());
        model.addAttribute("state", opened.state() == null ? "UNKNOWN" : opened.state().name());
        if (opened.valid()) {
            model.addAttribute("login", opened.account().login());
            model.addAttribute("reset", opened.link().purpose() == LinkPurpose.RESET);
        }
        return "account/lien";
    }
}
