package fr.portailfamille.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins: agent accounts, locked logins, temporary passwords. */
@Controller
@RequestMapping("/gestion/comptes")
class AccountAdminController {

    private final AccountAdministration administration;

    AccountAdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", new StaffForm());
        }
        model.addAttribute("staff", administration.staff());
        model.addAttribute("locked", administration.lockedLogins());
        return "account/comptes";
    }

    @PostMapping("/agents")
    String createAgent(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("login") && administration.loginExists(form.getLogin())) {
            errors.rejectValue("login", "staff.login.taken");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        long id = administration.createStaffAccount(form.getLogin(), "placeholder-" + System.nanoTime(),
                form.getDisplayName(), form.isAdmin(), true);
        redirect.addFlashAttribute("temporaryPassword", administration.issueTemporaryPassword(id));
        redirect.addFlashAttribute("temporaryFor", form.getLogin());
        return "redirect:/gestion/comptes";
    }

    @PostMapping("/{id}/activation")
    String activation(@PathVariable long id, @RequestParam boolean enabled) {
        administration.setEnabled(id, enabled);
        return "redirect:/gestion/comptes";
    }

    @PostMapping("/deverrouiller")
    String unlock(@RequestParam String login, RedirectAttributes redirect) {
        administration.unlock(login);
        redirect.addFlashAttribute("notice", "account.unlocked");
        return "redirect:/gestion/comptes";
    }

    @PostMapping("/{id}/mot-de-passe-provisoire")
    String temporaryPassword(@PathVariable long id, @RequestParam(required = false) String login,
                             @RequestParam(required = false) Long famille, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", administration.issueTemporaryPassword(id));
        redirect.addFlashAttribute("temporaryFor", login);
        return famille != null ? "redirect:/gestion/familles/" + famille : "redirect:/gestion/comptes";
    }
}
