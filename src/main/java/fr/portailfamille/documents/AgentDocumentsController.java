package fr.portailfamille.documents;

import java.time.Clock;
import java.time.LocalDate;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.activities.Activities;
import fr.portailfamille.requests.RequestTransitionException;
import fr.portailfamille.shared.PlausibleDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office of pièces à fournir and autorisations parentales: documents waiting for a decision, the
 * document types and consents the town asks for, each activity's moment of check, and one document's decision.
 */
@Controller
class AgentDocumentsController {

    private final Documents documents;
    private final Consents consents;
    private final Activities activities;
    private final Clock clock;

    AgentDocumentsController(Documents documents, Consents consents, Activities activities, Clock clock) {
        this.documents = documents;
        this.consents = consents;
        this.activities = activities;
        this.clock = clock;
    }

    @ModelAttribute("scopes")
    DocumentScope[] scopes() {
        return DocumentScope.values();
    }

    @ModelAttribute("audiences")
    DocumentAudience[] audiences() {
        return DocumentAudience.values();
    }

    @ModelAttribute("validities")
    Validity[] validities() {
        return Validity.values();
    }

    @ModelAttribute("categories")
    ConsentCategory[] categories() {
        return ConsentCategory.values();
    }

    @ModelAttribute("momentChoices")
    DocumentMoment[] momentChoices() {
        return DocumentMoment.values();
    }

    @GetMapping("/gestion/pieces")
    String overview(Model model) {
        model.addAttribute("pending", documents.pending());
        model.addAttribute("types", documents.types());
        model.addAttribute("withdrawnTypes", documents.withdrawnTypes());
        model.addAttribute("consentTypes", consents.types());
        model.addAttribute("activities", activities.all());
        model.addAttribute("moments", documents.moments());
        return "documents/gestion-pieces";
    }

    @PostMapping("/gestion/pieces/activites/{activityId}")
    String moment(@PathVariable long activityId, @RequestParam(name = "moment", required = false) String moment,
                  RedirectAttributes redirect) {
        activities.get(activityId);
        DocumentMoment chosen = DocumentMoment.ENROLMENT;
        for (var m : DocumentMoment.values()) {
            if (m.name().equals(moment)) {
                chosen = m;
            }
        }
        documents.setMoment(activityId, chosen);
        redirect.addFlashAttribute("notice", "documents.moment.saved");
        return "redirect:/gestion/pieces#moments";
    }

    // ---- document types (a new one when there is no id)

    @GetMapping({"/gestion/pieces/types/nouveau", "/gestion/pieces/types/{documentTypeId}"})
    String type(@PathVariable(required = false) Long documentTypeId, Model model) {
        var type = documentTypeId == null ? null : documents.type(documentTypeId);
        model.addAttribute("type", type);
        model.addAttribute("withdrawn", type != null
                && documents.withdrawnTypes().stream().anyMatch(t -> t.id() == type.id()));
        if (!model.containsAttribute("typeForm")) {
            model.addAttribute("typeForm", type == null ? new DocumentTypeForm() : DocumentTypeForm.of(type));
        }
        model.addAttribute("activities", activities.all());
        return "documents/gestion-type";
    }

    @PostMapping({"/gestion/pieces/types/nouveau", "/gestion/pieces/types/{documentTypeId}"})
    String saveType(@PathVariable(required = false) Long documentTypeId,
                    @ModelAttribute("typeForm") DocumentTypeForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (documentTypeId != null) {
            documents.type(documentTypeId); // 404 before any message
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return type(documentTypeId, model);
        }
        if (documentTypeId == null) {
            documents.createType(form.settings());
        } else {
            documents.updateType(documentTypeId, form.settings());
        }
        redirect.addFlashAttribute("notice", documentTypeId == null ? "documents.type.created" : "documents.type.saved");
        return "redirect:/gestion/pieces";
    }

    /** The town no longer asks for the document (kept with what was sent), or asks for it again. */
    @PostMapping({"/gestion/pieces/types/{documentTypeId}/retrait", "/gestion/pieces/types/{documentTypeId}/retour"})
    String withdrawOrRestore(@PathVariable long documentTypeId, jakarta.servlet.http.HttpServletRequest request,
                             RedirectAttributes redirect) {
        documents.type(documentTypeId); // 404 for an unknown type
        boolean withdraw = request.getRequestURI().endsWith("/retrait");
        boolean changed = withdraw ? documents.withdrawType(documentTypeId) : documents.restoreType(documentTypeId);
        redirect.addFlashAttribute("notice", !changed ? "documents.type.unchanged"
                : withdraw ? "documents.type.withdrawn" : "documents.type.restored");
        return "redirect:/gestion/pieces";
    }

    // ---- consents (a new one when there is no id)

    @GetMapping({"/gestion/pieces/consentements/nouveau", "/gestion/pieces/consentements/{consentTypeId}"})
    String consent(@PathVariable(required = false) Long consentTypeId, Model model) {
        var type = consentTypeId == null ? null : consents.type(consentTypeId);
        model.addAttribute("consentType", type);
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", type == null ? new ConsentTypeForm() : ConsentTypeForm.of(type));
        }
        model.addAttribute("activities", activities.all());
        return "documents/gestion-consentement";
    }

    @PostMapping({"/gestion/pieces/consentements/nouveau", "/gestion/pieces/consentements/{consentTypeId}"})
    String saveConsent(@PathVariable(required = false) Long consentTypeId,
                       @ModelAttribute("consentForm") ConsentTypeForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (consentTypeId != null) {
            consents.type(consentTypeId);
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return consent(consentTypeId, model);
        }
        if (consentTypeId == null) {
            consents.createType(form.settings());
        } else {
            consents.updateType(consentTypeId, form.settings());
        }
        redirect.addFlashAttribute("notice", consentTypeId == null ? "consents.type.created" : "consents.type.saved");
        return "redirect:/gestion/pieces";
    }

    // ---- one document's decision

    @GetMapping("/gestion/pieces/demandes/{requestId}")
    String decision(@PathVariable long requestId, Model model) {
        var decision = documents.decision(requestId);
        model.addAttribute("decision", decision);
        if (!model.containsAttribute("validUntil")) {
            model.addAttribute("validUntil", decision.proposedEnd() == null ? "" : decision.proposedEnd().toString());
        }
        return "documents/gestion-decision";
    }

    @PostMapping("/gestion/pieces/demandes/{requestId}/acceptation")
    String accept(@AuthenticationPrincipal PortalUser agent, @PathVariable long requestId,
                  @RequestParam(name = "finValidite", required = false) String validUntil, Model model,
                  RedirectAttributes redirect) {
        var decision = documents.decision(requestId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = null;
        if (validUntil != null && !validUntil.isBlank()) {
            end = PlausibleDate.parse(validUntil, today).orElse(null);
            String error = end == null ? PlausibleDate.MESSAGE_KEY
                    : end.isBefore(today) ? "documents.valid-until.past" : null;
            if (error != null) {
                model.addAttribute("validUntil", validUntil);
                model.addAttribute("validUntilError", error);
                return decision(requestId, model);
            }
        } else if (decision.type().validity() != Validity.NONE) {
            model.addAttribute("validUntil", "");
            model.addAttribute("validUntilError", "documents.valid-until.required");
            return decision(requestId, model);
        }
        try {
            documents.accept(requestId, agent.displayName(), end);
        } catch (RequestTransitionException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/gestion/pieces/demandes/" + requestId;
        }
        redirect.addFlashAttribute("notice", "documents.accepted");
        return "redirect:/gestion/pieces";
    }

    @PostMapping("/gestion/pieces/demandes/{requestId}/refus")
    String refuse(@AuthenticationPrincipal PortalUser agent, @PathVariable long requestId,
                  @RequestParam(name = "motif", required = false) String reason, Model model,
                  RedirectAttributes redirect) {
        documents.decision(requestId);
        try {
            documents.refuse(requestId, agent.displayName(), reason);
        } catch (RequestTransitionException e) {
            if ("request.refuse.reason-required".equals(e.messageKey())) {
                model.addAttribute("reasonError", e.messageKey());
                return decision(requestId, model);
            }
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/gestion/pieces/demandes/" + requestId;
        }
        redirect.addFlashAttribute("notice", "documents.refused");
        return "redirect:/gestion/pieces";
    }
}
