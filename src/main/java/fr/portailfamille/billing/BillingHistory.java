package fr.portailfamille.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.Money;

/** The back-office charts' figures from billing rows: invoiced vs collected per month, unpaid by age on given days. */
final class BillingHistory {

    /** An invoice's amount and due date. */
    record Owed(long invoiceId, LocalDate dueDate, long amountCents) {
    }

    /** Something that reduced an invoice on a day: a payment's allocation or a credit note. */
    record Settled(long invoiceId, LocalDate on, long amountCents) {
    }

    private BillingHistory() {
    }

    static List<MonthlyBilling> monthly(YearMonth from, YearMonth to, Map<YearMonth, Long> invoiced,
                                        Map<YearMonth, Long> collected) {
        List<MonthlyBilling> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthlyBilling(m, Money.ofCents(invoiced.getOrDefault(m, 0L)),
                    Money.ofCents(collected.getOrDefault(m, 0L))));
        }
        return months;
    }

    /** What remained owed on {@code day} of each invoice past due, by days past due. */
    static UnpaidByAge unpaidOn(LocalDate day, List<Owed> invoices, List<Settled> settlements) {
        Map<Long, Long> settled = new java.util.HashMap<>();
        for (Settled s : settlements) {
            if (!s.on().isAfter(day)) {
                settled.merge(s.invoiceId(), s.amountCents(), Long::sum);
            }
        }
        long[] buckets = new long[3];
        for (Owed i : invoices) {
            if (i.dueDate().isAfter(day)) {
                continue;
            }
            long left = i.amountCents() - settled.getOrDefault(i.invoiceId(), 0L);
            if (left <= 0) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(i.dueDate(), day);
            buckets[late <= 30 ? 0 : late <= 60 ? 1 : 2] += left;
        }
        return new UnpaidByAge(day, Money.ofCents(buckets[0]), Money.ofCents(buckets[1]), Money.ofCents(buckets[2]));
    }

    /** The days the unpaid amount is read on: the end of each month of the period, the last one cut at today. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate last = to.isAfter(today) ? today : to;
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            days.add(end.isAfter(last) ? last : end);
        }
        return days;
    }
}
