package fr.portailfamille.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Port: what is to be invoiced for a month — the effective reservations and the billable absences (unjustified,
 * or cancelled after the deadline), one row per child, activity, unit and day. Billing owns this interface; the
 * agenda module implements it (billing never calls the agenda module by name).
 */
public interface BillableDays {

    /**
     * @param absence true for a billable absence (shown as such on the invoice), false for an attended or
     *                effective reservation
     */
    record BillableDay(long householdId, long childId, String activityCode, BillingUnit unit, LocalDate date,
                       boolean absence) {
    }

    /** The households that have anything billable in the month. */
    List<Long> households(YearMonth month);

    /** The billable days of the month for these households (the invoicing run asks in chunks). */
    List<BillableDay> days(YearMonth month, Collection<Long> householdIds);
}
