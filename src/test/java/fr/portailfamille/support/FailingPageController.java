package fr.portailfamille.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only page that fails, to check what a family sees on a server error. */
@Controller
class FailingPageController {

    @GetMapping("/essai/panne")
    String fail() {
        throw new IllegalStateException("détail interne secret");
    }
}
