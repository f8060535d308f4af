package fr.portailfamille.requests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Liste des demandes: its content comes with the change requests; the page says so plainly. */
@Controller
class RequestListController {

    @GetMapping("/demandes")
    String list(Model model) {
        model.addAttribute("feature", "requests");
        return "shared/bientot";
    }
}
