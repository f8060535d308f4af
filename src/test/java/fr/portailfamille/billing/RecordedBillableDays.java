package fr.portailfamille.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test double of the agenda module's side of the {@link BillableDays} port: fed with rows by the tests.
 * (A double of another module of this application, not of anything a town runs.)
 */
@Component
@Primary
public class RecordedBillableDays implements BillableDays {

    private final List<BillableDay> rows = new CopyOnWriteArrayList<>();

    public void add(BillableDay day) {
        rows.add(day);
    }

    public void clear() {
        rows.clear();
    }

    @Override
    public List<Long> households(YearMonth month) {
        return rows.stream().filter(r -> YearMonth.from(r.date()).equals(month)).map(BillableDay::householdId)
                .distinct().toList();
    }

    @Override
    public List<BillableDay> days(YearMonth month, Collection<Long> householdIds) {
        var wanted = new HashSet<>(householdIds);
        return rows.stream().filter(r -> YearMonth.from(r.date()).equals(month) && wanted.contains(r.householdId()))
                .toList();
    }
}
