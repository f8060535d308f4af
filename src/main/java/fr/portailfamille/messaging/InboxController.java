package fr.portailfamille.messaging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Boîte de réception: its content comes with the messaging feature; the page says so plainly. */
@Controller
class InboxController {

    @GetMapping("/messages")
    String inbox(Model model) {
        model.addAttribute("feature", "messages");
        return "shared/bientot";
    }
}
