package fr.portailfamille.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Policy: how the requests of one day are grouped into draw units. With the siblings rule on, the children of a
 * household that did not accept a split form one unit (all get a place or none); otherwise each child is a unit.
 */
final class SiblingUnits {

    private SiblingUnits() {
    }

    /** A unit of the draw: one household's child or children, sorted by child id. */
    record Unit(long householdId, List<LotteryEntry> entries) {
        int size() {
            return entries.size();
        }

        boolean hasPai() {
            return entries.stream().anyMatch(LotteryEntry::pai);
        }

        LotteryEntry first() {
            return entries.get(0);
        }
    }

    /** The day's units in household then child order (the draw's order comes later, from the tickets). */
    static List<Unit> of(List<LotteryEntry> dayEntries, boolean siblingsTogether) {
        Map<Long, List<LotteryEntry>> byHousehold = new TreeMap<>();
        dayEntries.stream().sorted(Comparator.comparingLong(LotteryEntry::householdId)
                        .thenComparingLong(LotteryEntry::childId))
                .forEach(e -> byHousehold.computeIfAbsent(e.householdId(), h -> new ArrayList<>()).add(e));
        var units = new ArrayList<Unit>();
        byHousehold.forEach((household, entries) -> {
            if (siblingsTogether && !entries.get(0).acceptsSplit()) {
                units.add(new Unit(household, List.copyOf(entries)));
            } else {
                entries.forEach(e -> units.add(new Unit(household, List.of(e))));
            }
        });
        return units;
    }
}
