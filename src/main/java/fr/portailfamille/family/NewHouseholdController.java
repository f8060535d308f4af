package fr.portailfamille.family;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Créer une famille »: an agent registers a household at the desk. */
@Controller
class NewHouseholdController {

    static final String CONFIRM = "creerQuandMeme";

    private final HouseholdRegistration registration;

    NewHouseholdController(HouseholdRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/gestion/familles/nouvelle")
    String form(Model model) {
        return show(model, Map.of("resident", "true"), Map.of(), List.of());
    }

    @PostMapping("/gestion/familles/nouvelle")
    String create(@AuthenticationPrincipal PortalUser agent, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        var checked = registration.check(form);
        if (!checked.valid()) {
            return show(model, form, checked.errors(), List.of());
        }
        var duplicates = registration.possibleDuplicates(checked.guardian());
        if (!duplicates.isEmpty() && !"true".equals(form.get(CONFIRM))) {
            return show(model, form, Map.of(), duplicates);
        }
        long id = registration.create(checked, agent.login());
        redirect.addFlashAttribute("notice", "household.new.created");
        return "redirect:/gestion/familles/" + id;
    }

    private static String show(Model model, Map<String, String> typed, Map<String, FieldError> errors,
                               List<HouseholdSummary> duplicates) {
        var values = new LinkedHashMap<String, String>();
        typed.forEach((k, v) -> {
            if (!k.equals("_csrf")) {
                values.put(k, v);
            }
        });
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("guardianFields", Section.GUARDIAN.fields());
        model.addAttribute("childFields", Section.NEW_CHILD.fields());
        model.addAttribute("householdFields", HouseholdRegistration.HOUSEHOLD_FIELDS);
        model.addAttribute("childRows", java.util.stream.IntStream.rangeClosed(1, HouseholdRegistration.CHILD_ROWS)
                .boxed().toList());
        return "family/gestion-nouvelle-famille";
    }
}
