package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A snapshot of the tariff grid, read once, that prices units without further queries. */
final class PriceBook {

    record Priced(TariffBracket bracket, QuotientBasis basis, long unitCents, int reductionPercent) {
    }

    private record Key(String activityCode, BillingUnit unit, long bracketId) {
    }

    private final TariffPolicy policy;
    private final Map<Key, TariffPrice> prices = new HashMap<>();

    PriceBook(List<TariffBracket> brackets, List<TariffPrice> prices, TariffSettings settings) {
        this.policy = new TariffPolicy(brackets, settings);
        prices.forEach(p -> this.prices.put(new Key(p.activityCode(), p.unit(), p.bracketId()), p));
    }

    Optional<TariffPolicy.BracketChoice> bracket(TariffTerms terms, LocalDate onDay) {
        return policy.bracket(terms, onDay);
    }

    /** The price of a unit, or empty when the town has not priced this activity and unit in that bracket. */
    Optional<Priced> price(TariffTerms terms, int childRank, String activityCode, BillingUnit unit,
                           LocalDate onDay) {
        return policy.bracket(terms, onDay).flatMap(choice -> {
            TariffPrice price = prices.get(new Key(activityCode, unit, choice.bracket().id()));
            if (price == null) {
                return Optional.empty();
            }
            return Optional.of(new Priced(choice.bracket(), choice.basis(),
                    policy.unitPrice(price, terms.resident(), childRank), policy.reductionPercent(childRank)));
        });
    }

    boolean priced(String activityCode, BillingUnit unit) {
        return prices.keySet().stream().anyMatch(k -> k.activityCode().equals(activityCode) && k.unit() == unit);
    }
}
