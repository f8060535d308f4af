package fr.portailfamille.messaging;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.shared.upload.StoredFileResponses;

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

/** Boîte de réception of a family: conversations, "Nous contacter", reading and answering. */
@Controller
class InboxController {

    private final FamilyInbox inbox;
    private final AttachmentIntake attachments;

    InboxController(FamilyInbox inbox, AttachmentIntake attachments) {
        this.inbox = inbox;
        this.attachments = attachments;
    }

    @GetMapping("/messages")
    String inbox(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("conversations", inbox.conversations(user.householdId()));
        return "messaging/boite";
    }

    @GetMapping("/messages/nouveau")
    String contactForm(Model model) {
        model.addAttribute("form", new MessageForm());
        return "messaging/nous-contacter";
    }

    @PostMapping("/messages/nouveau")
    String contact(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") MessageForm form,
                   BindingResult errors, RedirectAttributes redirect) {
        form.validate(errors, true);
        var file = attachments.read(form.getAttachment(), errors);
        if (errors.hasErrors()) {
            return "messaging/nous-contacter";
        }
        long id = inbox.contact(user.householdId(), user.displayName(), form.getSubject(), form.isCrocVacances(),
                form.getBody(), file);
        redirect.addFlashAttribute("notice", "message.sent");
        return "redirect:/messages/" + id;
    }

    @GetMapping("/messages/{conversationId}")
    String conversation(@AuthenticationPrincipal PortalUser user, @PathVariable long conversationId, Model model) {
        var thread = inbox.open(user.householdId(), conversationId);
        model.addAttribute("thread", thread);
        // the bar's count (InboxBadges) is lazy: it is counted at rendering, after this conversation was marked read
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MessageForm());
        }
        return "messaging/conversation";
    }

    @PostMapping("/messages/{conversationId}")
    String reply(@AuthenticationPrincipal PortalUser user, @PathVariable long conversationId,
                 @ModelAttribute("form") MessageForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        form.validate(errors, false);
        var file = attachments.read(form.getAttachment(), errors);
        if (errors.hasErrors()) {
            return conversation(user, conversationId, model);
        }
        inbox.reply(user.householdId(), conversationId, user.displayName(), form.getBody(), file);
        redirect.addFlashAttribute("notice", "message.reply-sent");
        return "redirect:/messages/" + conversationId + "#dernier";
    }

    @GetMapping("/messages/{conversationId}/pieces-jointes/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user,
                                                               @PathVariable long conversationId,
                                                               @PathVariable long attachmentId) {
        var file = inbox.attachment(user.householdId(), conversationId, attachmentId);
        return StoredFileResponses.download(file.contentType(), file.fileName(), file.content());
    }

    /** The e-mail notification setting, shown on Mon compte. */
    @PostMapping("/compte/notifications")
    String notifications(@AuthenticationPrincipal PortalUser user,
                         @RequestParam(name = "emailNotifications", defaultValue = "false") boolean enabled,
                         RedirectAttributes redirect) {
        inbox.setEmailNotifications(user.householdId(), enabled);
        redirect.addFlashAttribute("notice", enabled ? "notifications.on" : "notifications.off");
        return "redirect:/compte#notifications";
    }
}
