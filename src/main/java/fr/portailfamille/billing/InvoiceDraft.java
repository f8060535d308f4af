package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import fr.portailfamille.family.ChildView;

/**
 * The invoice of one household for a month, before it is numbered: one line per child, activity, unit (and
 * absence flag) with its dates, quantity and unit price. Days already invoiced are left out.
 */
record InvoiceDraft(long householdId, List<Line> lines) {

    record DayKey(long childId, String activityCode, BillingUnit unit, LocalDate date) {
    }

    record Line(int lineNo, long childId, String childName, String activityCode, String activityLabel,
                BillingUnit unit, boolean absence, String bracketLabel, long unitCents, List<LocalDate> dates) {

        long amountCents() {
            return Math.multiplyExact(unitCents, dates.size());
        }
    }

    /** Either a draft (possibly with no line: nothing new) or the reason the household must wait. */
    record Outcome(InvoiceDraft draft, InvoicingResult.Skipped skipped) {
    }

    long totalCents() {
        return lines.stream().mapToLong(Line::amountCents).sum();
    }

    int dayCount() {
        return lines.stream().mapToInt(l -> l.dates().size()).sum();
    }

    private record Group(long childId, String activityCode, BillingUnit unit, boolean absence) {
    }

    /**
     * Builds the draft. The rank of a child, for the reduction from the second child, is its place, eldest
     * first, among the household's children billed this month.
     */
    static Outcome build(long householdId, List<BillableDays.BillableDay> days, Set<DayKey> alreadyInvoiced,
                         TariffTerms terms, List<ChildView> children, PriceBook book,
                         Function<String, String> activityLabels, LocalDate referenceDay) {
        Map<Long, ChildView> byId = new HashMap<>();
        children.forEach(c -> byId.put(c.id(), c));
        Map<Group, TreeSet<LocalDate>> groups = new LinkedHashMap<>();
        Set<DayKey> seen = new HashSet<>();
        for (var d : days) {
            var key = new DayKey(d.childId(), d.activityCode(), d.unit(), d.date());
            if (alreadyInvoiced.contains(key) || !seen.add(key)) {
                continue;
            }
            if (!byId.containsKey(d.childId())) {
                return skipped(householdId, "unknown-child", Long.toString(d.childId()));
            }
            groups.computeIfAbsent(new Group(d.childId(), d.activityCode(), d.unit(), d.absence()),
                    g -> new TreeSet<>()).add(d.date());
        }
        List<ChildView> billed = Tariffs.eldestFirst(groups.keySet().stream().map(g -> byId.get(g.childId()))
                .distinct().toList());
        List<Group> ordered = new ArrayList<>(groups.keySet());
        ordered.sort(Comparator.<Group>comparingInt(g -> billed.indexOf(byId.get(g.childId())))
                .thenComparing(g -> activityLabels.apply(g.activityCode()))
                .thenComparing(Group::unit).thenComparing(Group::absence));
        List<Line> lines = new ArrayList<>();
        for (Group g : ordered) {
            int rank = billed.indexOf(byId.get(g.childId())) + 1;
            var priced = book.price(terms, rank, g.activityCode(), g.unit(), referenceDay);
            if (priced.isEmpty()) {
                return skipped(householdId, "missing-price", g.activityCode() + " / " + g.unit().name());
            }
            lines.add(new Line(lines.size() + 1, g.childId(), byId.get(g.childId()).fullName(), g.activityCode(),
                    activityLabels.apply(g.activityCode()), g.unit(), g.absence(), priced.get().bracket().label(),
                    priced.get().unitCents(), List.copyOf(groups.get(g))));
        }
        return new Outcome(new InvoiceDraft(householdId, List.copyOf(lines)), null);
    }

    private static Outcome skipped(long householdId, String reason, String detail) {
        return new Outcome(null, new InvoicingResult.Skipped(householdId, reason, detail));
    }
}
