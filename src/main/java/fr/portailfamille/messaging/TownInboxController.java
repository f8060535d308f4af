package fr.portailfamille.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.account.AccountSummary;
import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.HouseholdSummary;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.upload.StoredFileResponses;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gestion › Messages: the shared inbox of the Service Jeunesse and "Écrire aux familles". */
@Controller
class TownInboxController {

    private final TownInbox inbox;
    private final Households households;
    private final AccountAdministration accounts;
    private final AttachmentIntake attachments;
    private final ActivityFamilies activityFamilies;
    private final BulkMessages bulk;

    TownInboxController(TownInbox inbox, Households households, AccountAdministration accounts,
                        AttachmentIntake attachments, ActivityFamilies activityFamilies, BulkMessages bulk) {
        this.bulk = bulk;
        this.inbox = inbox;
        this.households = households;
        this.accounts = accounts;
        this.attachments = attachments;
        this.activityFamilies = activityFamilies;
    }

    @GetMapping("/gestion/messages")
    String list(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "nonLus", defaultValue = "false") boolean unread,
                @RequestParam(name = "croc", defaultValue = "false") boolean croc,
                @RequestParam(name = "moi", defaultValue = "false") boolean mine,
                @RequestParam(name = "traitees", defaultValue = "false") boolean handled,
                @RequestParam(name = "sansAgent", defaultValue = "false") boolean unassigned,
                @RequestParam(name = "famille", required = false) String family, Model model) {
        List<Long> found = family == null || family.isBlank() ? null
                : households.search(family).stream().map(HouseholdSummary::id).toList();
        var conversations = inbox.list(new TownFilter(unread, croc, mine ? user.accountId() : null, handled, found,
                unassigned));
        model.addAttribute("conversations", conversations);
        model.addAttribute("families", familyNames(conversations.stream().map(ConversationView::householdId).toList()));
        model.addAttribute("agents", agentNames());
        model.addAttribute("filterUnread", unread);
        model.addAttribute("filterCroc", croc);
        model.addAttribute("filterMine", mine);
        model.addAttribute("filterHandled", handled);
        model.addAttribute("filterUnassigned", unassigned);
        model.addAttribute("filterFamily", family);
        return "messaging/gestion-boite";
    }

    @GetMapping("/gestion/messages/{conversationId}")
    String conversation(@PathVariable long conversationId, Model model) {
        var thread = inbox.open(conversationId);
        model.addAttribute("thread", thread);
        // the bar's count (InboxBadges) is lazy: it is counted at rendering, after this conversation was marked read
        model.addAttribute("household", households.household(thread.conversation().householdId()));
        model.addAttribute("agents", agentNames());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MessageForm());
        }
        return "messaging/gestion-conversation";
    }

    @PostMapping("/gestion/messages/{conversationId}")
    String reply(@AuthenticationPrincipal PortalUser user, @PathVariable long conversationId,
                 @ModelAttribute("form") MessageForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        form.validate(errors, false);
        var file = attachments.read(form.getAttachment(), errors);
        if (errors.hasErrors()) {
            return conversation(conversationId, model);
        }
        inbox.reply(conversationId, user.displayName(), form.getBody(), file, form.isHandled());
        redirect.addFlashAttribute("notice", "message.reply-sent");
        return "redirect:/gestion/messages/" + conversationId;
    }

    @PostMapping("/gestion/messages/{conversationId}/assignation")
    String assign(@PathVariable long conversationId, @RequestParam(name = "agent", required = false) Long agentId,
                  RedirectAttributes redirect) {
        Long chosen = agentId != null && agentNames().containsKey(agentId) ? agentId : null;
        inbox.assign(conversationId, chosen);
        redirect.addFlashAttribute("notice", chosen == null ? "message.unassigned" : "message.assigned");
        return "redirect:/gestion/messages/" + conversationId;
    }

    @PostMapping("/gestion/messages/{conversationId}/traitement")
    String handled(@PathVariable long conversationId, @RequestParam("traitee") boolean handled,
                   RedirectAttributes redirect) {
        inbox.setHandled(conversationId, handled);
        redirect.addFlashAttribute("notice", handled ? "message.handled" : "message.reopened");
        return handled ? "redirect:/gestion/messages" : "redirect:/gestion/messages/" + conversationId;
    }

    @GetMapping("/gestion/messages/{conversationId}/pieces-jointes/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long conversationId, @PathVariable long attachmentId) {
        var file = inbox.attachment(conversationId, attachmentId);
        return StoredFileResponses.download(file.contentType(), file.fileName(), file.content());
    }

    // ---- Écrire aux familles

    @GetMapping("/gestion/messages/nouveau")
    String composeForm(@RequestParam(name = "famille", required = false) Long householdId, Model model) {
        var form = new MessageForm();
        if (householdId != null) {
            households.household(householdId);
            form.getRecipients().add(householdId);
        }
        return compose(form, model);
    }

    @PostMapping(path = "/gestion/messages/nouveau", params = "rechercher")
    String search(@ModelAttribute("form") MessageForm form, Model model) {
        return compose(form, model);
    }

    @PostMapping(path = "/gestion/messages/nouveau", params = "!rechercher")
    String send(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") MessageForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        form.validate(errors, true);
        var recipients = new LinkedHashSet<Long>(form.getRecipients());
        if (form.getActivityId() != null) {
            recipients.addAll(activityFamilies.householdsEnrolledIn(form.getActivityId()));
        }
        // only ids of real households: a forged id is dropped, not written to
        recipients.retainAll(households.summaries(List.copyOf(recipients)).stream().map(HouseholdSummary::id).toList());
        if (recipients.isEmpty()) {
            errors.rejectValue("recipients", "message.recipients.required");
        }
        var file = attachments.read(form.getAttachment(), errors);
        if (errors.hasErrors()) {
            return compose(form, model);
        }
        if (form.getActivityId() != null) {
            // all the families of an activity: a background job, its progress on its page (issue 16)
            return fr.portailfamille.jobs.JobPages.start(() -> bulk.start(recipients, user.displayName(),
                    form.getSubject(), form.isCrocVacances(), form.getBody(), file, user.getUsername()), redirect);
        }
        int written = inbox.write(recipients, user.displayName(), form.getSubject(), form.isCrocVacances(),
                form.getBody(), file);
        redirect.addFlashAttribute("notice", "message.written");
        redirect.addFlashAttribute("noticeArgs", new Object[] {written});
        return "redirect:/gestion/messages?traitees=true";
    }

    private String compose(MessageForm form, Model model) {
        model.addAttribute("form", form);
        var chosen = households.summaries(form.getRecipients());
        var chosenIds = chosen.stream().map(HouseholdSummary::id).toList();
        var found = new ArrayList<HouseholdSummary>();
        for (var h : households.search(form.getQ())) {
            if (!chosenIds.contains(h.id())) {
                found.add(h);
            }
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("found", found);
        model.addAttribute("activities", activityFamilies.activities());
        return "messaging/gestion-ecrire";
    }

    private Map<Long, String> familyNames(List<Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        households.summaries(ids.stream().distinct().toList()).forEach(h -> names.put(h.id(), h.name()));
        return names;
    }

    private Map<Long, String> agentNames() {
        var names = new LinkedHashMap<Long, String>();
        accounts.staff().stream().filter(AccountSummary::enabled).forEach(a -> names.put(a.id(), a.displayName()));
        return names;
    }
}
