package fr.portailfamille.family;

import java.util.Locale;
import java.util.Map;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents: a family's sections and a child's record (each viewing of a health record is recorded), and
 * direct corrections at the desk, applied at once and recorded as the agent's change.
 */
@Controller
class AgentFamilyController {

    private final Households households;
    private final SectionCards cards;
    private final FamilyChanges changes;
    private final SectionStore sections;
    private final AuditTrail audit;

    AgentFamilyController(Households households, SectionCards cards, FamilyChanges changes, SectionStore sections,
                          AuditTrail audit) {
        this.households = households;
        this.cards = cards;
        this.changes = changes;
        this.sections = sections;
        this.audit = audit;
    }

    @GetMapping("/gestion/familles/{householdId}/dossier")
    String household(@PathVariable long householdId, Model model, Locale locale) {
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("children", households.children(householdId));
        model.addAttribute("cards", cards.cards(FamilyPagesController.ACCOUNT_SECTIONS, householdId, null,
                "/gestion/familles/" + householdId + "/corriger/", locale));
        model.addAttribute("mandate", households.mandate(householdId).orElse(null));
        return "family/gestion-dossier";
    }

    @GetMapping("/gestion/familles/{householdId}/enfants/{childId}")
    String child(@AuthenticationPrincipal PortalUser agent, @PathVariable long householdId,
                 @PathVariable long childId, Model model, Locale locale) {
        var child = households.child(householdId, childId);
        audit.viewed(agent.login(), "HEALTH_RECORD_VIEWED", householdId, child.fullName() + " (#" + childId + ")");
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("child", child);
        model.addAttribute("cards", cards.cards(FamilyPagesController.CHILD_SECTIONS.stream()
                        .filter(s -> s != Section.PHOTO).toList(), householdId, childId,
                "/gestion/familles/" + householdId + "/enfants/" + childId + "/corriger/", locale));
        model.addAttribute("hasPhoto", sections.photo(childId).isPresent());
        return "family/gestion-enfant";
    }

    @GetMapping("/gestion/familles/{householdId}/enfants/{childId}/photo.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long householdId, @PathVariable long childId) {
        households.child(householdId, childId);
        return FamilyPagesController.file(sections.photo(childId).orElseThrow(() -> new NotFoundException("photo")),
                true);
    }

    @GetMapping({"/gestion/familles/{householdId}/corriger/{section}",
            "/gestion/familles/{householdId}/enfants/{childId}/corriger/{section}"})
    String correctionForm(@AuthenticationPrincipal PortalUser agent, @PathVariable long householdId,
                          @PathVariable(required = false) Long childId, @PathVariable String section, Model model) {
        Section s = section(householdId, childId, section);
        if (s.sensitive()) {
            audit.viewed(agent.login(), "HEALTH_RECORD_VIEWED", householdId, "#" + childId + " (correction)");
        }
        fill(model, s, householdId, childId, SectionFormModel.inputs(s, changes.current(s, householdId, childId)),
                Map.of());
        return "family/gestion-section";
    }

    @PostMapping({"/gestion/familles/{householdId}/corriger/{section}",
            "/gestion/familles/{householdId}/enfants/{childId}/corriger/{section}"})
    String correct(@AuthenticationPrincipal PortalUser agent, @PathVariable long householdId,
                   @PathVariable(required = false) Long childId, @PathVariable String section,
                   @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Section s = section(householdId, childId, section);
        var outcome = changes.correct(s, householdId, childId, form, agent.login());
        if (!outcome.valid()) {
            fill(model, s, householdId, childId, SectionFormModel.typed(s, form), outcome.errors());
            return "family/gestion-section";
        }
        redirect.addFlashAttribute("notice", "section.corrected");
        return "redirect:" + back(householdId, childId);
    }

    private Section section(long householdId, Long childId, String slug) {
        households.household(householdId);
        if (childId != null) {
            households.child(householdId, childId);
        }
        var scope = childId == null ? Section.Scope.HOUSEHOLD : Section.Scope.CHILD;
        return Section.ofSlug(scope, slug).filter(s -> s.upload() != Section.Upload.PHOTO)
                .orElseThrow(() -> new NotFoundException("section"));
    }

    private void fill(Model model, Section s, long householdId, Long childId, Map<String, String> inputs,
                      Map<String, FieldError> errors) {
        String base = childId == null ? "/gestion/familles/" + householdId + "/corriger/"
                : "/gestion/familles/" + householdId + "/enfants/" + childId + "/corriger/";
        model.addAttribute("agentMode", true);
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("child", childId == null ? null : households.child(householdId, childId));
        SectionFormModel.fill(model, s, inputs, errors, base + s.slug(), back(householdId, childId));
    }

    private static String back(long householdId, Long childId) {
        return childId == null ? "/gestion/familles/" + householdId + "/dossier"
                : "/gestion/familles/" + householdId + "/enfants/" + childId;
    }

}
