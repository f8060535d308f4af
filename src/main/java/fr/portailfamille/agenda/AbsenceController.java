package fr.portailfamille.agenda;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.upload.DocumentUploads;
import fr.portailfamille.shared.upload.StoredFileResponses;
import fr.portailfamille.shared.upload.SubmittedFiles;
import fr.portailfamille.shared.upload.UploadRejectedException;
import fr.portailfamille.shared.upload.UploadedFile;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Déclarer une absence, and the certificate's download (family: own child only; agents). */
@Controller
class AbsenceController {

    private final Absences absences;
    private final Households households;
    private final DocumentUploads uploads;
    private final Clock clock;

    AbsenceController(Absences absences, Households households, DocumentUploads uploads, Clock clock) {
        this.absences = absences;
        this.households = households;
        this.uploads = uploads;
        this.clock = clock;
    }

    @ModelAttribute("reasons")
    AbsenceReason[] reasons() {
        return AbsenceReason.values();
    }

    @GetMapping("/enfants/{childId}/absence")
    String form(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        model.addAttribute("absences", absences.ofChild(user.householdId(), childId));
        if (!model.containsAttribute("absenceForm")) {
            model.addAttribute("absenceForm", new AbsenceForm());
        }
        return "agenda/absence";
    }

    @PostMapping("/enfants/{childId}/absence")
    String declare(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                   @Valid @ModelAttribute("absenceForm") AbsenceForm form, BindingResult errors,
                   @RequestParam(name = "certificat", required = false) MultipartFile file, Model model,
                   RedirectAttributes redirect) throws IOException {
        households.child(user.householdId(), childId);
        form.validate(errors, LocalDate.now(clock));
        UploadedFile certificate = null;
        if (SubmittedFiles.chosen(file)) {
            try {
                certificate = uploads.document(file.getOriginalFilename(), SubmittedFiles.content(file));
            } catch (UploadRejectedException e) {
                model.addAttribute("certificateError", e.messageKey());
            }
        }
        if (errors.hasErrors() || model.containsAttribute("certificateError")) {
            return form(user, childId, model);
        }
        var declared = absences.declare(user.householdId(), childId, form.getFirstDay(), form.lastDay(),
                form.getReason(), form.getComment() == null || form.getComment().isBlank() ? null
                        : form.getComment().trim(), certificate);
        redirect.addFlashAttribute("declared", declared);
        return "redirect:/enfants/" + childId + "/absence";
    }

    @GetMapping("/enfants/{childId}/absences/{absenceId}/certificat")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal PortalUser user, @PathVariable long childId,
                                       @PathVariable long absenceId) {
        return download(absences.certificate(user.householdId(), childId, absenceId));
    }

    @GetMapping("/gestion/absences/{absenceId}/certificat")
    ResponseEntity<byte[]> agentCertificate(@PathVariable long absenceId) {
        return download(absences.certificate(absenceId));
    }

    private static ResponseEntity<byte[]> download(UploadedFile file) {
        return StoredFileResponses.download(file.contentType(), file.originalName(), file.content());
    }
}
