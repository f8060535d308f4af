package fr.portailfamille.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.portailfamille.account.PortalUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The validation queue: pending requests oldest first, one request side by side, decisions. */
@Controller
class AgentRequestController {

    private final Requests requests;
    private final RequestAttachments attachments;

    AgentRequestController(Requests requests, RequestAttachments attachments) {
        this.requests = requests;
        this.attachments = attachments;
    }

    @GetMapping("/gestion/demandes")
    String queue(@RequestParam(name = "type", required = false) String kind,
                 @RequestParam(name = "famille", required = false) Long householdId, Model model) {
        var queue = requests.queue(kind, householdId);
        model.addAttribute("queue", queue);
        model.addAttribute("counts", requests.pendingCounts());
        model.addAttribute("kind", kind);
        model.addAttribute("householdId", householdId);
        model.addAttribute("bulkKinds", queue.stream().map(RequestView::kind).distinct()
                .filter(requests::bulkAcceptable).toList());
        return "requests/gestion-demandes";
    }

    @GetMapping("/gestion/demandes/{requestId}")
    String request(@PathVariable long requestId, Model model, Locale locale) {
        var request = requests.get(requestId);
        model.addAttribute("request", request);
        model.addAttribute("lines", lines(request, locale));
        model.addAttribute("conflicts", request.status() == RequestStatus.PENDING
                ? requests.conflicts(requestId) : List.of());
        model.addAttribute("hasAttachment", attachments.exists(requestId));
        model.addAttribute("attachmentIsImage", attachments.of(requestId)
                .map(f -> f.contentType().startsWith("image/")).orElse(false));
        return "requests/gestion-demande";
    }

    @PostMapping("/gestion/demandes/{requestId}/acceptation")
    String accept(@AuthenticationPrincipal PortalUser agent, @PathVariable long requestId,
                  @RequestParam(name = "conflitsVus", defaultValue = "false") boolean conflictsSeen,
                  @RequestParam(name = "commentaire", required = false) String note, RedirectAttributes redirect) {
        if (!conflictsSeen && !requests.conflicts(requestId).isEmpty()) {
            redirect.addFlashAttribute("error", "request.conflict.confirm");
            return "redirect:/gestion/demandes/" + requestId;
        }
        try {
            requests.accept(requestId, agent.displayName(), note);
        } catch (RequestTransitionException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/gestion/demandes/" + requestId;
        }
        redirect.addFlashAttribute("notice", "request.accepted");
        return "redirect:/gestion/demandes";
    }

    @PostMapping("/gestion/demandes/{requestId}/refus")
    String refuse(@AuthenticationPrincipal PortalUser agent, @PathVariable long requestId,
                  @RequestParam(name = "motif", required = false) String reason, RedirectAttributes redirect) {
        try {
            requests.refuse(requestId, agent.displayName(), reason);
        } catch (RequestTransitionException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/gestion/demandes/" + requestId;
        }
        redirect.addFlashAttribute("notice", "request.refused");
        return "redirect:/gestion/demandes";
    }

    /** Accepts the checked requests of simple kinds; a request with a conflict is left for one-by-one review. */
    @PostMapping("/gestion/demandes/acceptation-groupee")
    String acceptMany(@AuthenticationPrincipal PortalUser agent,
                      @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        int accepted = 0;
        int skipped = 0;
        for (long id : ids == null ? List.<Long>of() : ids) {
            var request = requests.get(id);
            if (request.status() != RequestStatus.PENDING || !requests.bulkAcceptable(request.kind())
                    || !requests.conflicts(id).isEmpty()) {
                skipped++;
                continue;
            }
            try {
                requests.accept(id, agent.displayName(), null);
                accepted++;
            } catch (RequestTransitionException e) {
                skipped++;
            }
        }
        redirect.addFlashAttribute("bulkAccepted", accepted);
        redirect.addFlashAttribute("bulkSkipped", skipped);
        return "redirect:/gestion/demandes";
    }

    @GetMapping("/gestion/demandes/{requestId}/piece-jointe")
    ResponseEntity<byte[]> attachment(@PathVariable long requestId) {
        requests.get(requestId);
        return RequestListController.serve(attachments, requestId);
    }

    private List<RequestLine> lines(RequestView request, Locale locale) {
        var now = request.status() == RequestStatus.PENDING ? requests.currentValues(request) : request.current();
        var lines = new ArrayList<RequestLine>();
        for (var field : request.proposed().keySet()) {
            String before = request.current().getOrDefault(field, "");
            String asked = request.proposed().get(field);
            String current = now.getOrDefault(field, before);
            lines.add(new RequestLine(field, requests.display(request, field, before, locale),
                    requests.display(request, field, asked, locale), requests.display(request, field, current, locale),
                    !before.equals(asked), !before.equals(current)));
        }
        return lines;
    }
}
