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
    private final AgentDashboard dashboard;
    private final fr.portailfamille.account.AccountInvitations invitations;
    private final IncompleteRecords incomplete;

    AgentHomeController(Households households, Statements statements, AccountAdministration accounts,
                        AgentDashboard dashboard, fr.portailfamille.account.AccountInvitations invitations,
                        IncompleteRecords incomplete) {
        this.incomplete = incomplete;
        this.households = households;
        this.statements = statements;
        this.accounts = accounts;
        this.dashboard = dashboard;
        this.invitations = invitations;
    }

    @GetMapping("/gestion")
    String home(Model model) {
        model.addAttribute("households", households.countHouseholds());
        model.addAttribute("children", households.countChildren());
        model.addAttribute("billing", statements.totals());
        model.addAttribute("todo", dashboard.today());
        return "home/gestion";
    }

    /** Children with a place from today to sunday whose record misses a mandatory section. */
    @GetMapping("/gestion/dossiers-incomplets")
    String incompleteRecords(Model model) {
        var week = incomplete.week();
        model.addAttribute("from", week[0]);
        model.addAttribute("to", week[1]);
        model.addAttribute("lines", incomplete.thisWeek());
        return "home/dossiers-incomplets";
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
        var pending = ofHousehold.stream().filter(a -> !invitations.activated(a.id()))
                .map(fr.portailfamille.account.AccountSummary::id).toList();
        model.addAttribute("pendingAccounts", pending);
        // per guardian: no account yet, an invitation not followed yet, or an active account (no invitation then)
        var household = households.household(householdId);
        var access = new java.util.HashMap<String, String>();
        for (var entry : java.util.Map.of("PRIMARY", java.util.Optional.ofNullable(household.primary()),
                "SECOND", java.util.Optional.ofNullable(household.second())).entrySet()) {
            String email = entry.getValue().map(g -> g.email()).filter(e -> e != null && !e.isBlank())
                    .map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).orElse(null);
            access.put(entry.getKey(), ofHousehold.stream().filter(a -> a.login().equals(email)).findFirst()
                    .map(a -> pending.contains(a.id()) ? "PENDING" : "ACTIVE").orElse("NONE"));
        }
        model.addAttribute("guardianAccess", access);
        return "home/famille";
    }
}
