package fr.portailfamille.home;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * « Déclaration d'accessibilité » (RGAA 4.1 model), public, linked from every page's footer with the conformance
 * state. The state is the town's to declare: « non » (non conforme) until an RGAA audit has been made, as the RGAA
 * requires when no audit result exists; after an audit, set {@code portail.accessibility.state} to
 * {@code partiellement} or {@code totalement} and {@code portail.accessibility.audit} to its date and rate.
 */
@Controller
@ControllerAdvice
class AccessibilityController {

    private static final Set<String> STATES = Set.of("non", "partiellement", "totalement");

    private final String state;
    private final String audit;

    AccessibilityController(@Value("${portail.accessibility.state:non}") String state,
                            @Value("${portail.accessibility.audit:}") String audit) {
        this.state = STATES.contains(state) ? state : "non";
        this.audit = audit == null ? "" : audit.strip();
    }

    /** For the footer of every page: « Accessibilité : non conforme ». */
    @ModelAttribute("accessibilityState")
    String accessibilityState() {
        return state;
    }

    @GetMapping("/accessibilite")
    String statement(Model model) {
        model.addAttribute("audit", audit.isEmpty() ? null : audit);
        return "home/accessibilite";
    }
}
