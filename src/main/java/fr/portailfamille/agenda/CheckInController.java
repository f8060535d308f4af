package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.portailfamille.account.PortalUser;
import fr.portailfamille.activities.Activities;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gestion › Pointage: the day's list on a tablet. Every tap is a plain form post (works without script); the
 * page's script sends the same form with {@code Accept: application/json}, keeping the taps while offline.
 */
@Controller
class CheckInController {

    private final CheckIns checkIns;
    private final Activities activities;
    private final MessageSource messages;
    private final Clock clock;
    private final fr.portailfamille.documents.Consents consents;
    private final fr.portailfamille.family.ChildPhotos photos;

    CheckInController(CheckIns checkIns, Activities activities, MessageSource messages, Clock clock,
                      fr.portailfamille.documents.Consents consents, fr.portailfamille.family.ChildPhotos photos) {
        this.consents = consents;
        this.photos = photos;
        this.checkIns = checkIns;
        this.activities = activities;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/gestion/pointage")
    String page(@RequestParam(name = "activite", required = false) String activity,
                @RequestParam(name = "jour", required = false) String day,
                @AuthenticationPrincipal PortalUser agent, Model model) {
        var all = activities.all();
        model.addAttribute("activities", all);
        LocalDate d = day(day);
        model.addAttribute("jour", d == null ? LocalDate.now(clock) : d);
        if (day != null && d == null) {
            model.addAttribute("jourError", "checkin.error.day");
        }
        Long id = id(activity);
        if (id != null && all.stream().anyMatch(a -> a.id() == id) && d != null) {
            model.addAttribute("activite", id);
            var list = checkIns.day(id, d, agent.login());
            model.addAttribute("list", list);
            var children = list.cards().stream().map(c -> c.entry().childId()).toList();
            model.addAttribute("imageRights", consents.imageRights(children));
            model.addAttribute("careConsents", consents.careConsentsNotGiven(children));
            model.addAttribute("photos", photos.withPhoto(children));
        } else if (activity != null && id == null) {
            model.addAttribute("activiteError", "checkin.error.activity");
        }
        return "agenda/pointage";
    }

    @PostMapping("/gestion/pointage/taps")
    Object tap(@RequestParam(name = "activite", required = false) String activity,
               @RequestParam(name = "jour", required = false) String day,
               @RequestParam(name = "reservation", required = false) String reservation,
               @RequestParam(name = "action", required = false) String action,
               @RequestParam(name = "tap", required = false) String tapId,
               @RequestParam(name = "at", required = false) String at,
               @RequestParam(name = "personne", required = false) String person,
               @RequestHeader(name = "Accept", required = false) String accept,
               @AuthenticationPrincipal PortalUser agent, RedirectAttributes redirect, Locale locale) {
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
        Long activityId = id(activity);
        LocalDate d = day(day);
        Long reservationId = id(reservation);
        CheckIns.Action verb = action(action);
        String back = "redirect:/gestion/pointage?activite=" + (activityId == null ? "" : activityId) + "&jour="
                + (d == null ? "" : d) + (reservationId == null ? "" : "#r-" + reservationId);
        if (activityId == null || d == null || reservationId == null) {
            throw new NotFoundException("reservation");
        }
        if (verb == null || tapId == null || !tapId.matches("[A-Za-z0-9-]{8,64}")) {
            return refuse(json, redirect, back, "checkin.error.tap");
        }
        try {
            var result = checkIns.tap(tapId, activityId, d, reservationId, verb, millis(at), person, agent.login());
            if (json) {
                var body = new LinkedHashMap<String, Object>();
                body.put("recorded", result.recorded());
                body.put("state", result.state());
                body.put("arrivedAt", result.arrivedAt());
                body.put("leftAt", result.leftAt());
                body.put("pickedUpBy", result.pickedUpBy());
                body.put("label", label(result, locale));
                return ResponseEntity.ok(body);
            }
            return back;
        } catch (IllegalArgumentException e) {
            return refuse(json, redirect, back, "checkin.error.pickup");
        }
    }

    private String label(CheckIns.TapResult r, Locale locale) {
        return switch (r.state()) {
            case "ARRIVED" -> messages.getMessage("checkin.state.arrived", new Object[] {r.arrivedAt()}, locale);
            case "LEFT" -> messages.getMessage("checkin.state.left", new Object[] {r.leftAt(), r.pickedUpBy()}, locale);
            case "ABSENT" -> messages.getMessage("checkin.state.absent", null, locale);
            default -> messages.getMessage("checkin.state.expected", null, locale);
        };
    }

    private static Object refuse(boolean json, RedirectAttributes redirect, String back, String key) {
        if (json) {
            return ResponseEntity.status(422).body(Map.of("error", key));
        }
        redirect.addFlashAttribute("tapError", key);
        return back;
    }

    @PostMapping("/gestion/pointage/sans-reservation")
    String walkIn(@RequestParam(name = "activite", required = false) String activity,
                  @RequestParam(name = "jour", required = false) String day,
                  @RequestParam(name = "enfant", required = false) String child,
                  @AuthenticationPrincipal PortalUser agent, RedirectAttributes redirect) {
        Long activityId = id(activity);
        LocalDate d = day(day);
        if (activityId == null || d == null) {
            throw new NotFoundException("activity");
        }
        String back = "redirect:/gestion/pointage?activite=" + activityId + "&jour=" + d;
        String[] parts = child == null ? new String[0] : child.split(":");
        Long householdId = parts.length == 2 ? id(parts[0]) : null;
        Long childId = parts.length == 2 ? id(parts[1]) : null;
        if (householdId == null || childId == null) {
            redirect.addFlashAttribute("walkInError", "checkin.error.child");
            return back;
        }
        long reservationId = checkIns.walkIn(activityId, d, householdId, childId, agent.login());
        redirect.addFlashAttribute("notice", "checkin.walk-in.done");
        return back + "#r-" + reservationId;
    }

    @PostMapping("/gestion/pointage/cloture")
    String close(@RequestParam(name = "activite", required = false) String activity,
                 @RequestParam(name = "jour", required = false) String day,
                 @AuthenticationPrincipal PortalUser agent, RedirectAttributes redirect) {
        Long activityId = id(activity);
        LocalDate d = day(day);
        if (activityId == null || d == null) {
            throw new NotFoundException("activity");
        }
        checkIns.close(activityId, d, agent.login());
        redirect.addFlashAttribute("notice", "checkin.closed.done");
        return "redirect:/gestion/pointage?activite=" + activityId + "&jour=" + d;
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long millis(String text) {
        return id(text);
    }

    private LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? LocalDate.now(clock) : null;
        }
        try {
            var d = LocalDate.parse(text.strip());
            return d.getYear() < 2000 || d.getYear() > LocalDate.now(clock).getYear() + 1 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static CheckIns.Action action(String text) {
        try {
            return text == null ? null : CheckIns.Action.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
