package fr.portailfamille.family;

import java.io.IOException;
import java.util.Map;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.SubmittedFiles;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's forms: each section of Mon compte and of a child. A valid form becomes a request; the
 * record changes only when an agent accepts it. The household always comes from the logged-in account.
 */
@Controller
class FamilySectionController {

    private final FamilyChanges changes;
    private final Households households;

    FamilySectionController(FamilyChanges changes, Households households) {
        this.changes = changes;
        this.households = households;
    }

    @GetMapping({"/compte/responsable", "/compte/conjoint", "/compte/donnees-fiscales", "/compte/caf",
            "/compte/coordonnees-bancaires", "/compte/mode-de-reglement"})
    String householdForm(@AuthenticationPrincipal PortalUser user, HttpServletRequest http, Model model) {
        Section section = householdSection(http);
        long h = user.householdId();
        var pending = changes.pending(section, h, null);
        var values = pending.map(r -> r.proposed()).orElseGet(() -> changes.current(section, h, null));
        model.addAttribute("pending", pending.orElse(null));
        SectionFormModel.fill(model, section, SectionFormModel.inputs(section, values), Map.of(),
                "/compte/" + section.slug(), "/compte");
        return "family/section";
    }

    @PostMapping({"/compte/responsable", "/compte/conjoint", "/compte/donnees-fiscales", "/compte/caf",
            "/compte/coordonnees-bancaires", "/compte/mode-de-reglement"})
    String requestHouseholdChange(@AuthenticationPrincipal PortalUser user, HttpServletRequest http,
                                  @RequestParam Map<String, String> form,
                                  @RequestParam(name = FamilyChanges.FILE_FIELD, required = false) MultipartFile file,
                                  Model model, RedirectAttributes redirect) throws IOException {
        Section section = householdSection(http);
        return submit(user, section, null, form, file, "/compte/" + section.slug(), "/compte", model, redirect);
    }

    @PostMapping("/compte/conjoint/suppression")
    String requestSecondGuardianRemoval(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        long h = user.householdId();
        var current = changes.current(Section.SECOND_GUARDIAN, h, null);
        if (current.get("lastName").isEmpty()) {
            throw new NotFoundException("second guardian");
        }
        changes.requestSecondGuardianRemoval(h, user.login());
        redirect.addFlashAttribute("notice", "section.requested");
        return "redirect:/compte";
    }

    @GetMapping("/compte/ajouter-enfant")
    String newChildForm(Model model) {
        model.addAttribute("pending", null);
        SectionFormModel.fill(model, Section.NEW_CHILD, SectionFormModel.inputs(Section.NEW_CHILD, Map.of()),
                Map.of(), "/compte/ajouter-enfant", "/compte");
        return "family/section";
    }

    @PostMapping("/compte/ajouter-enfant")
    String requestNewChild(@AuthenticationPrincipal PortalUser user, @RequestParam Map<String, String> form,
                           Model model, RedirectAttributes redirect) throws IOException {
        return submit(user, Section.NEW_CHILD, null, form, null, "/compte/ajouter-enfant", "/compte", model,
                redirect);
    }

    @GetMapping({"/enfants/{childId}/autorisations", "/enfants/{childId}/donnees-complementaires",
            "/enfants/{childId}/donnees-sanitaires", "/enfants/{childId}/photo", "/enfants/{childId}/fiche"})
    String childForm(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, HttpServletRequest http,
                     Model model) {
        long h = user.householdId();
        var child = households.child(h, childId);
        Section section = childSection(http);
        var pending = changes.pending(section, h, childId);
        var values = pending.map(r -> r.proposed()).orElseGet(() -> changes.current(section, h, childId));
        model.addAttribute("pending", pending.orElse(null));
        model.addAttribute("child", child);
        SectionFormModel.fill(model, section, SectionFormModel.inputs(section, values), Map.of(),
                "/enfants/" + childId + "/" + section.slug(), "/enfants/" + childId);
        return "family/section";
    }

    @PostMapping({"/enfants/{childId}/autorisations", "/enfants/{childId}/donnees-complementaires",
            "/enfants/{childId}/donnees-sanitaires", "/enfants/{childId}/photo", "/enfants/{childId}/fiche"})
    String requestChildChange(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                              HttpServletRequest http, @RequestParam Map<String, String> form,
                              @RequestParam(name = FamilyChanges.FILE_FIELD, required = false) MultipartFile file,
                              Model model, RedirectAttributes redirect) throws IOException {
        var child = households.child(user.householdId(), childId);
        model.addAttribute("child", child);
        Section section = childSection(http);
        return submit(user, section, childId, form, file, "/enfants/" + childId + "/" + section.slug(),
                "/enfants/" + childId, model, redirect);
    }

    private String submit(PortalUser user, Section section, Long childId, Map<String, String> form,
                          MultipartFile file, String action, String back, Model model, RedirectAttributes redirect)
            throws IOException {
        long h = user.householdId();
        var raw = SubmittedFiles.chosen(file)
                ? new FamilyChanges.RawFile(file.getOriginalFilename(), SubmittedFiles.content(file)) : null;
        var outcome = changes.request(section, h, childId, form, raw, user.login());
        if (!outcome.valid()) {
            model.addAttribute("pending", changes.pending(section, h, childId).orElse(null));
            SectionFormModel.fill(model, section, SectionFormModel.typed(section, form), outcome.errors(), action,
                    back);
            return "family/section";
        }
        redirect.addFlashAttribute("notice", "section.requested");
        return "redirect:" + back;
    }

    private static Section householdSection(HttpServletRequest http) {
        String slug = lastSegment(http);
        return Section.ofSlug(Section.Scope.HOUSEHOLD, slug).orElseThrow(() -> new NotFoundException("section"));
    }

    private static Section childSection(HttpServletRequest http) {
        return Section.ofSlug(Section.Scope.CHILD, lastSegment(http)).orElseThrow(() -> new NotFoundException("section"));
    }

    private static String lastSegment(HttpServletRequest http) {
        String uri = http.getRequestURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
