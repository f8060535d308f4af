package fr.portailfamille.agenda;

import java.util.Optional;

import fr.portailfamille.billing.Statements;
import fr.portailfamille.shared.Town;

import org.springframework.stereotype.Component;

/** Reads the town's limit and the household's overdue balance for {@link UnpaidBalanceRule}. */
@Component
class UnpaidBalanceCheck {

    private final Town town;
    private final Statements statements;

    UnpaidBalanceCheck(Town town, Statements statements) {
        this.town = town;
        this.statements = statements;
    }

    /** Empty when the household may book; the statement is read only when the town set a limit. */
    Optional<Refusal> check(long householdId) {
        var limit = town.unpaidBookingLimit();
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        var overdue = statements.overdue(householdId);
        return UnpaidBalanceRule.check(limit, overdue.amount())
                .map(b -> new Refusal(b, overdue.onlinePayment(), overdue.paymentMethods()));
    }

    /** Puts the refusal, if any, where {@code agenda/parts :: unpaid} reads it; whether there is one. */
    boolean describe(long householdId, org.springframework.ui.Model model) {
        var refusal = check(householdId);
        refusal.ifPresent(r -> {
            model.addAttribute("unpaidOverdue", r.blocked().overdue());
            model.addAttribute("unpaidLimit", r.blocked().limit());
            model.addAttribute("unpaidOnline", r.onlinePayment());
            model.addAttribute("unpaidMethods", r.paymentMethods());
        });
        return refusal.isPresent();
    }

    /** What the agenda says: the amounts, and how to pay. */
    record Refusal(UnpaidBalanceRule.Blocked blocked, boolean onlinePayment, String paymentMethods) {
    }
}
