package fr.portailfamille.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/** Until the agenda module implements {@link BillableDays}, nothing is billable. */
@Component
@Fallback
class NoBillableDays implements BillableDays {

    @Override
    public List<Long> households(YearMonth month) {
        return List.of();
    }

    @Override
    public List<BillableDay> days(YearMonth month, Collection<Long> householdIds) {
        return List.of();
    }
}
