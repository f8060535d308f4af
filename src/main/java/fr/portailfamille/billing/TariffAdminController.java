package fr.portailfamille.billing;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Tarifs: QF brackets, the activities priced, unit prices, QF validity and sibling reduction. */
@Controller
@RequestMapping("/gestion/tarifs")
class TariffAdminController {

    private final Tariffs tariffs;

    TariffAdminController(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", TariffForms.SettingsForm.of(tariffs.settings()));
        }
        if (!model.containsAttribute("bracketForm")) {
            model.addAttribute("bracketForm", new TariffForms.BracketForm());
        }
        if (!model.containsAttribute("priceForm")) {
            model.addAttribute("priceForm", new TariffForms.PriceForm());
        }
        model.addAttribute("brackets", tariffs.brackets());
        model.addAttribute("activities", tariffs.activities());
        model.addAttribute("grid", PriceGridRow.rows(tariffs.activities(), tariffs.brackets(), tariffs.prices()));
        model.addAttribute("units", BillingUnit.values());
        return "billing/tarifs";
    }

    @PostMapping("/reglages")
    String settings(@ModelAttribute("settingsForm") TariffForms.SettingsForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        TariffSettings settings = form.validate(errors);
        if (settings == null) {
            return page(model);
        }
        tariffs.saveSettings(settings);
        redirect.addFlashAttribute("notice", "tariff.saved");
        return "redirect:/gestion/tarifs";
    }

    @PostMapping("/tranches")
    String addBracket(@ModelAttribute("bracketForm") TariffForms.BracketForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        String label = TariffForms.text(errors, "label", form.getLabel(), 60);
        Integer min = TariffForms.intIn(errors, "quotientMin", form.getQuotientMin(), 0, 99_999);
        if (!errors.hasErrors() && !tariffs.addBracket(label, min)) {
            errors.rejectValue("quotientMin", "tariff.error.bracket-taken");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        redirect.addFlashAttribute("notice", "tariff.saved");
        return "redirect:/gestion/tarifs";
    }

    @PostMapping("/tranches/{bracketId}/suppression")
    String deleteBracket(@PathVariable long bracketId, RedirectAttributes redirect) {
        tariffs.deleteBracket(bracketId);
        redirect.addFlashAttribute("notice", "tariff.deleted");
        return "redirect:/gestion/tarifs";
    }

    @PostMapping("/prix")
    String savePrice(@ModelAttribute("priceForm") TariffForms.PriceForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        if (tariffs.activities().stream().noneMatch(a -> a.code().equals(form.getActivityCode()))) {
            errors.rejectValue("activityCode", "tariff.error.choose");
        }
        if (Arrays.stream(BillingUnit.values()).noneMatch(u -> u.name().equals(form.getUnit()))) {
            errors.rejectValue("unit", "tariff.error.choose");
        }
        if (form.getBracketId() == null
                || tariffs.brackets().stream().noneMatch(b -> b.id() == form.getBracketId())) {
            errors.rejectValue("bracketId", "tariff.error.choose");
        }
        Long resident = TariffForms.cents(errors, "resident", form.getResident());
        Long nonResident = TariffForms.cents(errors, "nonResident", form.getNonResident());
        if (errors.hasErrors()) {
            return page(model);
        }
        tariffs.savePrice(form.getActivityCode(), BillingUnit.valueOf(form.getUnit()), form.getBracketId(), resident,
                nonResident);
        redirect.addFlashAttribute("notice", "tariff.saved");
        return "redirect:/gestion/tarifs";
    }
}
