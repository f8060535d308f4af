package fr.portailfamille.agenda;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The priority rules in force for a window, in order, and the places per day kept for children with a PAI. */
public record LotteryRules(List<LotteryRule> order, int paiQuota) {

    public static final LotteryRules DEFAULT = new LotteryRules(List.of(LotteryRule.values()), 0);

    public LotteryRules {
        order = order.stream().distinct().toList();
        if (paiQuota < 0) {
            throw new IllegalArgumentException("paiQuota");
        }
    }

    public boolean has(LotteryRule rule) {
        return order.contains(rule);
    }

    String stored() {
        return order.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static LotteryRules parse(String stored, int paiQuota) {
        var rules = stored == null || stored.isBlank() ? List.<LotteryRule>of()
                : Arrays.stream(stored.split(",")).map(String::trim).map(LotteryRule::valueOf).toList();
        return new LotteryRules(rules, paiQuota);
    }
}
