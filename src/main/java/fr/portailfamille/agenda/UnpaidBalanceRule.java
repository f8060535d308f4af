package fr.portailfamille.agenda;

import java.util.Optional;

import fr.portailfamille.shared.Money;

/**
 * « Refuser les réservations au-delà d'un impayé de X € »: when the town set a limit and the household's overdue
 * balance (invoices past their due date, still unpaid) is above it, the household may not book. No limit: never.
 * Exactly the limit: still allowed (« au-delà »).
 */
final class UnpaidBalanceRule {

    private UnpaidBalanceRule() {
    }

    /** Why bookings are refused: the overdue amount and the town's limit. */
    record Blocked(Money overdue, Money limit) implements java.io.Serializable {
    }

    static Optional<Blocked> check(Optional<Money> limit, Money overdue) {
        return limit.filter(l -> !l.isNegative()).filter(l -> overdue.compareTo(l) > 0)
                .map(l -> new Blocked(overdue, l));
    }
}
