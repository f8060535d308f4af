package fr.portailfamille.account;

import java.time.Clock;
import java.util.ArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordChangeController {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountStamps stamps;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordChangeController(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy,
                             ApplicationEventPublisher events, Clock clock, AccountStamps stamps) {
        this.stamps = stamps;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/mot-de-passe")
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        model.addAttribute("forced", PasswordChangeGate.mustChangePassword());
        return "account/mot-de-passe";
    }

    @PostMapping("/mot-de-passe")
    @Transactional
    String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PasswordChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        String storedHash = accounts.findByLogin(user.login()).map(PortalUser::getPassword).orElseThrow();
        if (form.getCurrentPassword() == null || !encoder.matches(form.getCurrentPassword(), storedHash)) {
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
        policy.check(user.login(), java.util.List.of(user.displayName()), form.getNewPassword())
                .forEach(v -> errors.rejectValue("newPassword", v.messageKey()));
        if (form.getNewPassword() != null && form.getNewPassword().equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "password.same-as-current");
        }
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("forced", PasswordChangeGate.mustChangePassword());
            return "account/mot-de-passe";
        }
        var now = clock.instant();
        accounts.updatePassword(user.accountId(), encoder.encode(form.getNewPassword()), false, now);
        stamps.changed(user.accountId(), user.login()); // the other sessions end, this one goes on
        events.publishEvent(new PasswordChanged(user.accountId(), user.login(),
                user.isAgent() ? null : user.householdId(), now,
                accounts.find(user.accountId()).map(AccountSummary::email).orElse(null)));
        SessionPasswordCheck.remember(request.getSession(false), stamps.fresh(user.accountId()));
        clearChangeFlag(request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return user.isAgent() ? "redirect:/gestion" : "redirect:/";
    }

    /** The session keeps its user but loses the "must change" mark. */
    private void clearChangeFlag(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var authorities = new ArrayList<>(current.getAuthorities());
        authorities.removeIf(a -> a.getAuthority().equals(ThrottlingAuthenticationProvider.PASSWORD_CHANGE_REQUIRED));
        var updated = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
        updated.setDetails(current.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
