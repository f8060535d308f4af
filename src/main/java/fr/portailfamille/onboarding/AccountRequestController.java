package fr.portailfamille.onboarding;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import fr.portailfamille.family.FieldError;
import fr.portailfamille.family.Section;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** « Créer mon espace famille », open without a session: the form, the "check your mailbox" page, the link. */
@Controller
class AccountRequestController {

    private final AccountRequests accountRequests;

    AccountRequestController(AccountRequests accountRequests) {
        this.accountRequests = accountRequests;
    }

    @GetMapping("/creer-mon-espace")
    String form(Model model) {
        return show(model, AccountRequestForm.read(Map.of()), Map.of());
    }

    @PostMapping("/creer-mon-espace")
    String submit(@RequestParam Map<String, String> params,
                  @RequestParam(name = "action", required = false) String action, HttpServletRequest http,
                  Model model) {
        var typed = AccountRequestForm.read(params);
        if (AccountRequestForm.tooManyChildren(params)) {
            return show(model, typed, Map.of("form", new FieldError("onboarding.error.too-many-children",
                    new Object[] {AccountRequestForm.MAX_CHILDREN})));
        }
        if ("ajouter-enfant".equals(action)) {
            return show(model, AccountRequestForm.withOneMoreChild(typed), Map.of());
        }
        var checked = accountRequests.submit(typed, http.getRemoteAddr());
        if (!checked.valid()) {
            return show(model, typed, checked.errors());
        }
        return "redirect:/creer-mon-espace/envoyee";
    }

    @GetMapping("/creer-mon-espace/envoyee")
    String sent() {
        return "onboarding/demande-envoyee";
    }

    /** The link of the e-mail: a button confirms (a mail scanner that opens links confirms nothing). */
    @GetMapping("/creer-mon-espace/confirmation")
    String confirmation(@RequestParam(name = "jeton", required = false) String token, Model model) {
        model.addAttribute("state", accountRequests.state(token).name());
        model.addAttribute("token", token);
        return "onboarding/confirmation";
    }

    @PostMapping("/creer-mon-espace/confirmation")
    String confirm(@RequestParam(name = "jeton", required = false) String token, Model model) {
        model.addAttribute("state", accountRequests.confirm(token).name());
        return "onboarding/confirmation";
    }

    private String show(Model model, AccountRequestForm.Typed typed, Map<String, FieldError> errors) {
        model.addAttribute("section", Section.GUARDIAN);
        model.addAttribute("guardianFields", Section.GUARDIAN.fields().stream()
                .filter(f -> AccountRequestForm.GUARDIAN_FIELDS.contains(f.name())).toList());
        model.addAttribute("values", typed.guardian());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("maxChildren", AccountRequestForm.MAX_CHILDREN);
        return "onboarding/creer-mon-espace";
    }
}
