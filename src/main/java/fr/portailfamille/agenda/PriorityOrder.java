package fr.portailfamille.agenda;

import java.util.Comparator;
import java.util.Map;

/**
 * Policy: the order of the units of one day. The rules switched on apply in the town's order (residents first,
 * working parents first, fewer days already won first); the household's ticket drawn for the day decides the
 * rest, then the household id (tickets are 64-bit: a tie is practically impossible, but the order stays total).
 */
final class PriorityOrder {

    private PriorityOrder() {
    }

    static Comparator<SiblingUnits.Unit> of(LotteryRules rules, Map<Long, Long> tickets, Map<Long, Integer> won) {
        Comparator<SiblingUnits.Unit> order = (a, b) -> 0;
        for (LotteryRule rule : rules.order()) {
            order = switch (rule) {
                case RESIDENTS -> order.thenComparing(u -> !u.first().resident());
                case WORKING_PARENTS -> order.thenComparing(u -> !u.first().workingParents());
                case BALANCE -> order.thenComparingInt(u -> won.getOrDefault(u.householdId(), 0));
                case SIBLINGS -> order; // groups the units, does not order them
            };
        }
        return order.thenComparingLong(u -> tickets.get(u.householdId()))
                .thenComparingLong(SiblingUnits.Unit::householdId);
    }
}
