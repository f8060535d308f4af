package fr.portailfamille.home;

import java.util.LinkedHashMap;
import java.util.List;

import fr.portailfamille.account.AccountAdministration;
import fr.portailfamille.billing.Statements;
import fr.portailfamille.family.HouseholdSummary;
import fr.portailfamille.family.Households;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Gestion: counters, the family search and a family's read-only page. */
@Controller
class AgentHomeController {

    private final Households households;
    private final Statements statements;
    private final AccountAdministration accounts;
    private final fr.portailfamille.account.AccountInvitations invitations;

    AgentHomeController(Households households, Statements statements, AccountAdministration accounts,
                        fr.portailfamille.account.AccountInvitations invitations) {
        this.households = households;
        this.statements = statements;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/gestion")
    String home(Model model) {
        model.addAttribute("households", households.countHouseholds());
        model.addAttribute("children", households.countChildren());
        model.addAttribute("billing", statements.totals());
        return "home/gestion";
    }

    @GetMapping("/gestion/familles")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        var found = new LinkedHashMap<Long, HouseholdSummary>();
        households.search(query).forEach(h -> found.put(h.id(), h));
        households.summaries(accounts.householdsWithLoginLike(query)).forEach(h -> found.putIfAbsent(h.id(), h));
        model.addAttribute("query", query);
        model.addAttribute("results", List.copyOf(found.values()));
        return "home/familles";
    }

    @GetMapping("/gestion/familles/{householdId}")
    String family(@PathVariable long householdId, Model model) {
        model.addAttribute("household", households.household(householdId));
        model.addAttribute("children", households.children(householdId));
        model.addAttribute("statement", statements.statement(householdId));
        var ofHousehold = accounts.accountsOfHousehold(householdId);
        model.addAttribute("accounts", ofHousehold);
        model.addAttribute("pendingAccounts", ofHousehold.stream().filter(a -> !invitations.activated(a.id()))
                .map(fr.portailfamille.account.AccountSummary::id).toList());
        return "home/famille";
    }
}
