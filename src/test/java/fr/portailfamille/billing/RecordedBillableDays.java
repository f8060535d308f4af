package fr.portailfamille.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test double in front of the agenda module's {@link BillableDays}: it answers the agenda's real days plus rows
 * the billing tests add by hand (so billing tests need no reservations, and agenda tests invoice real ones).
 *
 * <p>The hand-fed rows use two activity codes of their own, {@code ALSH} (day, half-day, meal) and
 * {@code PERISCOLAIRE} (morning, evening), that no activity of the catalog carries: the first {@link #add} prices
 * them in the demo's brackets (the figures the billing tests assert), without showing them on any page.
 */
@Component
@Primary
public class RecordedBillableDays implements BillableDays {

    private final List<BillableDay> rows = new CopyOnWriteArrayList<>();
    private final ObjectProvider<BillableDays> all; // lazy: this bean is a BillableDays itself (self-reference)
    private final Tariffs tariffs;
    private volatile boolean priced;

    RecordedBillableDays(ObjectProvider<BillableDays> all, Tariffs tariffs) {
        this.all = all;
        this.tariffs = tariffs;
    }

    public void add(BillableDay day) {
        priceTestCodes();
        rows.add(day);
    }

    public void clear() {
        rows.clear();
    }

    private BillableDays agenda() {
        return all.stream().filter(b -> !(b instanceof RecordedBillableDays)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no agenda BillableDays"));
    }

    @Override
    public List<Long> households(YearMonth month) {
        return Stream.concat(agenda().households(month).stream(), rows.stream()
                        .filter(r -> YearMonth.from(r.date()).equals(month)).map(BillableDay::householdId))
                .distinct().toList();
    }

    @Override
    public List<BillableDay> days(YearMonth month, Collection<Long> householdIds) {
        var wanted = new HashSet<>(householdIds);
        return Stream.concat(agenda().days(month, householdIds).stream(), rows.stream()
                .filter(r -> YearMonth.from(r.date()).equals(month) && wanted.contains(r.householdId()))).toList();
    }

    private synchronized void priceTestCodes() {
        if (priced) {
            return;
        }
        long[][] grid = {{850, 1200, 1600}, {450, 650, 850}, {280, 350, 420}, {150, 200, 250}, {200, 280, 350}};
        long[] nonResidentExtra = {500, 300, 100, 100, 100};
        BillingUnit[] units = {BillingUnit.DAY, BillingUnit.HALF_DAY, BillingUnit.MEAL, BillingUnit.MORNING_CARE,
                BillingUnit.EVENING_CARE};
        var brackets = tariffs.brackets();
        for (int u = 0; u < units.length; u++) {
            String code = u < 3 ? "ALSH" : "PERISCOLAIRE";
            for (int b = 0; b < Math.min(3, brackets.size()); b++) {
                tariffs.savePrice(code, units[u], brackets.get(b).id(), grid[u][b], grid[u][b] + nonResidentExtra[u]);
            }
        }
        priced = true;
    }
}
