package fr.portailfamille.shared;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Journal (admins only, see the security configuration): the latest audit events, filterable. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/gestion/journal")
    String journal(@RequestParam(name = "famille", required = false) Long householdId,
                   @RequestParam(name = "action", required = false) String action, Model model) {
        model.addAttribute("events", trail.recent(householdId, action, 300));
        model.addAttribute("householdId", householdId);
        model.addAttribute("action", action);
        return "shared/journal";
    }
}
