package fr.portailfamille.requests;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.upload.StoredFileResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Liste des demandes: every request of the family, newest first, filtered by status; withdrawal. */
@Controller
class RequestListController {

    private final Requests requests;
    private final RequestAttachments attachments;

    RequestListController(Requests requests, RequestAttachments attachments) {
        this.requests = requests;
        this.attachments = attachments;
    }

    @GetMapping("/demandes")
    String list(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "statut", required = false) String status,
                Model model) {
        RequestStatus filter = parse(status);
        model.addAttribute("requests", requests.ofHousehold(user.householdId(), filter));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", RequestStatus.values());
        return "requests/demandes";
    }

    @PostMapping("/demandes/{requestId}/retrait")
    String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long requestId,
                    @RequestParam(name = "retour", required = false) String back, RedirectAttributes redirect) {
        var request = requests.ofHousehold(user.householdId(), requestId);
        if (request.status() != RequestStatus.PENDING) {
            redirect.addFlashAttribute("notice", "request.already-decided");
        } else {
            requests.withdraw(user.householdId(), requestId, user.login());
            redirect.addFlashAttribute("notice", "request.withdrawn");
        }
        return "redirect:" + safeBack(back);
    }

    /** The photo or proof sent with one of this family's requests. */
    @GetMapping("/demandes/{requestId}/piece-jointe")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user, @PathVariable long requestId) {
        requests.ofHousehold(user.householdId(), requestId);
        return serve(attachments, requestId);
    }

    static ResponseEntity<byte[]> serve(RequestAttachments attachments, long requestId) {
        var file = attachments.of(requestId).orElseThrow(() -> new NotFoundException("attachment"));
        boolean image = file.contentType().startsWith("image/");
        return StoredFileResponses.of(file.contentType(), file.originalName(), file.content(), image);
    }

    /** Only back to a page of the family portal: never an open redirect. */
    static String safeBack(String back) {
        if (back != null && back.matches("^/(compte|enfants|demandes)(/[A-Za-z0-9/_-]*)?$")) {
            return back;
        }
        return "/demandes";
    }

    private static RequestStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
