package fr.portailfamille.agenda;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.PublicAddress;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family's page of the private calendar link, and the feed itself (token in the URL, no session). */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final Households households;
    private final PublicAddress address;

    CalendarFeedController(CalendarFeeds feeds, Households households, PublicAddress address) {
        this.feeds = feeds;
        this.households = households;
        this.address = address;
    }

    @GetMapping("/enfants/{childId}/agenda/calendrier")
    String page(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, Model model) {
        model.addAttribute("child", households.child(user.householdId(), childId));
        feeds.token(user.householdId(), childId).ifPresent(token -> model.addAttribute("feedUrl",
                address.link("/calendrier/" + token + ".ics")));
        return "agenda/calendrier";
    }

    @PostMapping("/enfants/{childId}/agenda/calendrier")
    String renew(@AuthenticationPrincipal PortalUser user, @PathVariable long childId, RedirectAttributes redirect) {
        feeds.renew(user.householdId(), childId);
        redirect.addFlashAttribute("notice", "ical.renewed");
        return "redirect:/enfants/" + childId + "/agenda/calendrier";
    }

    @GetMapping("/calendrier/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        if (!token.matches("[A-Za-z0-9_-]{20,64}")) {
            throw new fr.portailfamille.shared.NotFoundException("feed");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex")
                .body(feeds.calendar(token));
    }
}
