package fr.portailfamille.shared;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paramètres de la collectivité (admins, see the security configuration): today the booking rule on unpaid
 * invoices. The town's identity (name, address) is still set by the installation.
 */
@Controller
class TownSettingsController {

    private final Town town;
    TownSettingsController(Town town) {
        this.town = town;
    }

    /** The amount as typed, in euros; empty: no limit. */
    static final class RulesForm {
        private String unpaidLimit;

        public String getUnpaidLimit() {
            return unpaidLimit;
        }

        public void setUnpaidLimit(String unpaidLimit) {
            this.unpaidLimit = unpaidLimit;
        }
    }

    @GetMapping("/gestion/parametres")
    String show(Model model) {
        var form = new RulesForm();
        form.setUnpaidLimit(town.unpaidBookingLimit().map(m -> MoneyInput.format(m.cents())).orElse(""));
        model.addAttribute("rulesForm", form);
        return "shared/parametres";
    }

    @PostMapping("/gestion/parametres")
    String save(@ModelAttribute("rulesForm") RulesForm form, BindingResult errors, RedirectAttributes redirect) {
        String typed = form.getUnpaidLimit() == null ? "" : form.getUnpaidLimit().trim();
        Optional<Money> limit = Optional.empty();
        if (!typed.isEmpty()) {
            var cents = MoneyInput.parseCents(typed);
            if (cents.isEmpty()) {
                errors.rejectValue("unpaidLimit", "town-settings.unpaid-limit.invalid");
                return "shared/parametres";
            }
            limit = Optional.of(Money.ofCents(cents.getAsLong()));
        }
        town.saveUnpaidBookingLimit(limit);
        redirect.addFlashAttribute("notice", "town-settings.saved");
        return "redirect:/gestion/parametres";
    }
}
