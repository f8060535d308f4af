package fr.portailfamille.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.upload.DocumentUploads;
import fr.portailfamille.shared.upload.SubmittedFiles;
import fr.portailfamille.shared.upload.UploadRejectedException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pièces à fournir: what the household has to send, per child and for the household, and the sending. */
@Controller
class FamilyDocumentsController {

    private final Documents documents;
    private final Households households;
    private final DocumentUploads uploads;

    FamilyDocumentsController(Documents documents, Households households, DocumentUploads uploads) {
        this.documents = documents;
        this.households = households;
        this.uploads = uploads;
    }

    /**
     * The documents asked of the household, then apart those to send only when they apply. {@code piece} and
     * {@code enfant} name the document a requirement's link came for: it is listed even when not asked.
     */
    @GetMapping("/pieces")
    String page(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "piece", required = false) Long typeId,
                @RequestParam(name = "enfant", required = false) Long childId, Model model) {
        return page(user, typeId == null ? null : new Documents.Requested(documents.askedType(typeId).id(), childId), model);
    }

    private String page(PortalUser user, Documents.Requested requested, Model model) {
        var sorted = documents.sorted(user.householdId(), requested);
        var lines = sorted.asked();
        var optional = new LinkedHashMap<Long, OptionalDocument>();
        for (var line : sorted.optional()) {
            optional.computeIfAbsent(line.type().id(), id -> new OptionalDocument(line.type(), new ArrayList<>()))
                    .lines().add(line);
        }
        model.addAttribute("optionalDocuments", List.copyOf(optional.values()));
        model.addAttribute("householdLines", lines.stream().filter(l -> l.childId() == null).toList());
        model.addAttribute("children", households.children(user.householdId()).stream()
                .map(c -> new ChildDocuments(c.id(), c.firstName(),
                        lines.stream().filter(l -> l.childId() != null && l.childId() == c.id()).toList()))
                .filter(c -> !c.lines().isEmpty()).toList());
        return "documents/pieces";
    }

    record ChildDocuments(long id, String firstName, List<DocumentLine> lines) {
    }

    /** A document to send only if it applies, with its line for each child (or the household's). */
    record OptionalDocument(DocumentType type, List<DocumentLine> lines) {
    }

    /** Sends a file for one document; a refused file is told next to its field, nothing sent. */
    @PostMapping("/pieces/envoi")
    String send(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "piece", required = false) Long typeId,
                @RequestParam(name = "enfant", required = false) Long childId,
                @RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
                RedirectAttributes redirect) throws IOException {
        if (childId != null) {
            households.child(user.householdId(), childId); // another family's child: 404 before anything else
        }
        if (typeId == null) {
            return "redirect:/pieces";
        }
        var type = documents.askedType(typeId);
        String anchor = DocumentLine.anchor(typeId, type.perChild() ? childId : null);
        String error = null;
        if (!SubmittedFiles.chosen(file)) {
            error = "documents.file.required";
        } else {
            try {
                var sanitised = uploads.document(file.getOriginalFilename(), SubmittedFiles.content(file));
                documents.submit(user.householdId(), childId, typeId, sanitised, user.displayName());
            } catch (UploadRejectedException e) {
                error = e.messageKey();
            }
        }
        if (error != null) {
            model.addAttribute("uploadError", error);
            model.addAttribute("uploadAnchor", anchor);
            return page(user, new Documents.Requested(typeId, type.perChild() ? childId : null), model);
        }
        redirect.addFlashAttribute("notice", "documents.sent");
        return "redirect:/pieces#" + anchor;
    }
}
