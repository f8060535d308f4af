package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Policy: the draw of a lottery window, a pure function of the requests, the places per day, the rules and the
 * seed — re-running it from the stored seed and requests gives the same result. Days are drawn in date order;
 * for each day every household asking gets a ticket from the seeded generator (households in id order), the units
 * ({@link SiblingUnits}) are sorted by {@link PriorityOrder}, the PAI quota is filled first with the units that
 * have a child with a PAI, then the remaining places in order; a unit that does not fit whole waits.
 */
final class LotteryDraw {

    private LotteryDraw() {
    }

    /** What became of one request: a place, or the waiting list at {@code waitingRank}; its rank in the day's draw. */
    record Outcome(long requestId, long householdId, long childId, LocalDate day, boolean placed, int lotteryRank,
                   int waitingRank) {
    }

    /** The figures of one day: requests, places offered, places given. */
    record DayFigures(LocalDate day, int requests, int places, int placed) {
    }

    record Result(List<Outcome> outcomes, List<DayFigures> days) {
    }

    static Result draw(List<LotteryEntry> entries, Map<LocalDate, Integer> places, LotteryRules rules, long seed) {
        var random = new SplittableRandom(seed);
        var byDay = new TreeMap<LocalDate, List<LotteryEntry>>();
        entries.forEach(e -> byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
        Map<Long, Integer> won = new HashMap<>();
        var outcomes = new ArrayList<Outcome>();
        var days = new ArrayList<DayFigures>();
        byDay.forEach((day, dayEntries) -> {
            var units = SiblingUnits.of(dayEntries, rules.has(LotteryRule.SIBLINGS));
            Map<Long, Long> tickets = new HashMap<>();
            units.stream().map(SiblingUnits.Unit::householdId).distinct().sorted()
                    .forEach(h -> tickets.put(h, random.nextLong()));
            units.sort(PriorityOrder.of(rules, tickets, won));
            int capacity = Math.max(0, places.getOrDefault(day, 0));
            var placed = fill(units, capacity, Math.min(rules.paiQuota(), capacity));
            int rank = 0;
            int waiting = 0;
            int given = 0;
            for (var unit : units) {
                boolean in = placed.contains(unit);
                for (var e : unit.entries()) {
                    rank++;
                    if (in) {
                        given++;
                        won.merge(e.householdId(), 1, Integer::sum);
                    }
                    outcomes.add(new Outcome(e.requestId(), e.householdId(), e.childId(), day, in, rank,
                            in ? 0 : ++waiting));
                }
            }
            days.add(new DayFigures(day, dayEntries.size(), capacity, given));
        });
        return new Result(List.copyOf(outcomes), List.copyOf(days));
    }

    /** The units given a place: first the PAI quota, to units with a PAI child, then the rest in order. */
    private static java.util.Set<SiblingUnits.Unit> fill(List<SiblingUnits.Unit> ordered, int capacity, int quota) {
        var placed = new HashSet<SiblingUnits.Unit>();
        int left = capacity;
        int quotaLeft = quota;
        for (var unit : ordered) {
            if (unit.hasPai() && unit.size() <= quotaLeft) {
                placed.add(unit);
                quotaLeft -= unit.size();
                left -= unit.size();
            }
        }
        for (var unit : ordered) {
            if (!placed.contains(unit) && unit.size() <= left) {
                placed.add(unit);
                left -= unit.size();
            }
        }
        return placed;
    }
}
