package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the bracket of a household and the unit price of a child: the bracket containing the QF when it is
 * known and no older than the validity period, else the highest bracket; the resident or non-resident price;
 * the reduction from the second child on (rounded to the nearest cent, half up, in integer arithmetic).
 */
final class TariffPolicy {

    record BracketChoice(TariffBracket bracket, QuotientBasis basis) {
    }

    private final List<TariffBracket> bracketsAscending;
    private final TariffSettings settings;

    TariffPolicy(List<TariffBracket> brackets, TariffSettings settings) {
        this.bracketsAscending = brackets.stream().sorted(Comparator.comparingInt(TariffBracket::quotientMin))
                .toList();
        this.settings = settings;
    }

    Optional<BracketChoice> bracket(TariffTerms terms, LocalDate onDay) {
        if (bracketsAscending.isEmpty()) {
            return Optional.empty();
        }
        TariffBracket highest = bracketsAscending.get(bracketsAscending.size() - 1);
        if (terms.quotient() == null) {
            return Optional.of(new BracketChoice(highest, QuotientBasis.UNKNOWN));
        }
        if (isOutdated(terms.quotientSince(), onDay)) {
            return Optional.of(new BracketChoice(highest, QuotientBasis.OUTDATED));
        }
        return Optional.of(bracketsAscending.stream().filter(b -> b.contains(terms.quotient())).findFirst()
                .map(b -> new BracketChoice(b, QuotientBasis.QUOTIENT))
                // below the lowest minimum (the lowest bracket should start at 0): the lowest bracket
                .orElse(new BracketChoice(bracketsAscending.get(0), QuotientBasis.QUOTIENT)));
    }

    /** A QF without a date, or dated more than the validity period before the day, is out of date. */
    boolean isOutdated(LocalDate quotientSince, LocalDate onDay) {
        return quotientSince == null || quotientSince.plusMonths(settings.quotientValidityMonths()).isBefore(onDay);
    }

    /** Unit price in cents for a child of the given rank (1: the eldest). */
    long unitPrice(TariffPrice price, boolean resident, int childRank) {
        long base = resident ? price.resident().cents() : price.nonResident().cents();
        return childRank >= 2 ? reduced(base, settings.secondChildReductionPercent()) : base;
    }

    int reductionPercent(int childRank) {
        return childRank >= 2 ? settings.secondChildReductionPercent() : 0;
    }

    static long reduced(long cents, int percent) {
        return (cents * (100 - percent) + 50) / 100;
    }

    /** Brackets with their upper bounds derived from the next bracket's minimum. */
    static List<TariffBracket> withUpperBounds(List<TariffBracket> brackets) {
        var sorted = brackets.stream().sorted(Comparator.comparingInt(TariffBracket::quotientMin)).toList();
        var result = new java.util.ArrayList<TariffBracket>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            var b = sorted.get(i);
            Integer max = i + 1 < sorted.size() ? sorted.get(i + 1).quotientMin() - 1 : null;
            result.add(new TariffBracket(b.id(), b.label(), b.quotientMin(), max));
        }
        return List.copyOf(result);
    }
}
