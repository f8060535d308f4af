package fr.portailfamille.billing;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StatementController {

    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/releve")
    String statement(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("statement", statements.statement(user.householdId()));
        return "billing/releve";
    }
}
