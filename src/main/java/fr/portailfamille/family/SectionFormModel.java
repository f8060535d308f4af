package fr.portailfamille.family;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;

/** Fills the model of the section form page (family and agent): values shown in inputs and errors. */
final class SectionFormModel {

    private SectionFormModel() {
    }

    /** The validated (or pending) canonical values turned into what the inputs show. */
    static Map<String, String> inputs(Section section, Map<String, String> canonical) {
        var inputs = new LinkedHashMap<String, String>();
        for (Field f : section.fields()) {
            inputs.put(f.name(), f.type().toInput(canonical.getOrDefault(f.name(), "")));
        }
        return inputs;
    }

    /** What the user typed, kept as typed (trimmed of nothing) for a form shown again with errors. */
    static Map<String, String> typed(Section section, Map<String, String> raw) {
        var inputs = new LinkedHashMap<String, String>();
        for (Field f : section.fields()) {
            inputs.put(f.name(), raw.getOrDefault(f.name(), ""));
        }
        return inputs;
    }

    static void fill(Model model, Section section, Map<String, String> inputs, Map<String, FieldError> errors,
                     String action, String back) {
        model.addAttribute("section", section);
        model.addAttribute("values", inputs);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
    }
}
