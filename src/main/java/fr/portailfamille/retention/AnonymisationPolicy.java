package fr.portailfamille.retention;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.Money;

/**
 * Whether a household may be anonymised — by an agent on the family's request, or by the nightly job once it has
 * been inactive long enough. Never while money is owed: the debt must stay recoverable by the public accountant.
 * The job also waits until the latest invoice is older than the accounting retention, and until the household has
 * been inactive for the retention period; an agent acting on a request does not wait (invoices are kept, with the
 * anonymised debtor).
 */
record AnonymisationPolicy(int householdYears, int accountingYears) {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    AnonymisationPolicy(RetentionSettings settings) {
        this(settings.householdYears(), settings.accountingYears());
    }

    /** What the policy looks at: money still owed, the latest invoice (or null), the latest activity. */
    record Standing(Money owed, LocalDate lastInvoice, LocalDate lastActivity) {
    }

    /** Allowed, or refused with a message key and its arguments (shown to the agent, counted in the log). */
    record Decision(String refusalKey, List<Object> args) {

        static final Decision ALLOWED = new Decision(null, List.of());

        boolean allowed() {
            return refusalKey == null;
        }

        Object[] arguments() {
            return args.toArray();
        }
    }

    /** An agent anonymises on the family's request: refused only while money is owed. */
    Decision onRequest(Standing standing) {
        if (standing.owed().isPositive()) {
            return new Decision("retention.refused.owed", List.of(standing.owed().format()));
        }
        return Decision.ALLOWED;
    }

    /** The nightly job: no money owed, no invoice younger than the accounting retention, inactive long enough. */
    Decision automatically(Standing standing, LocalDate today) {
        Decision onRequest = onRequest(standing);
        if (!onRequest.allowed()) {
            return onRequest;
        }
        if (standing.lastInvoice() != null && !standing.lastInvoice().isBefore(today.minusYears(accountingYears))) {
            return new Decision("retention.refused.recent-invoice",
                    List.of(DAY.format(standing.lastInvoice().plusYears(accountingYears))));
        }
        if (!standing.lastActivity().isBefore(today.minusYears(householdYears))) {
            return new Decision("retention.refused.active", List.of(DAY.format(standing.lastActivity())));
        }
        return Decision.ALLOWED;
    }
}
