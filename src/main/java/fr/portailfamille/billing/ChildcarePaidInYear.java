package fr.portailfamille.billing;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a household PAID in a calendar year for each child's childcare, the basis of the certificate for the
 * income-tax credit (frais de garde des enfants de moins de 6 ans): the credit is on expenses actually paid in the
 * year, not on what was invoiced.
 *
 * <p>Per invoice, what is settled by a day is {@code min(payments allocated to it received by that day, its amount
 * less the credit notes issued by that day)}; what the year paid is the difference between 31 December of the year
 * and 31 December of the year before. So an invoice paid in two instalments across 31 December counts each
 * instalment in its own year, an unpaid invoice counts nothing, a credit note lowers the paid amount (and, issued
 * after the invoice was paid, counts as a refund of the year it was issued in). The paid part of an invoice is then
 * shared between its lines pro rata: a child's part is the paid part × the child's childcare lines / the invoice
 * amount. Meals billed on lines of their own are not childcare and never reach the child's part.
 */
final class ChildcarePaidInYear {

    /** An invoice, with the childcare (meals excluded) of each child on its lines. */
    record Invoice(long id, long amountCents, Map<Long, Long> childcareCentsByChild) {
    }

    /** Part of a payment settling an invoice, dated by the payment. */
    record Allocation(long invoiceId, LocalDate receivedOn, long amountCents) {
    }

    record Credit(long invoiceId, LocalDate issuedOn, long amountCents) {
    }

    private ChildcarePaidInYear() {
    }

    /** Cents paid in {@code year} for each child's childcare (children with nothing paid are absent). */
    static Map<Long, Long> byChild(int year, List<Invoice> invoices, List<Allocation> allocations,
                                   List<Credit> credits) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate endBefore = end.minusYears(1);
        Map<Long, Long> paid = new HashMap<>();
        for (Invoice invoice : invoices) {
            if (invoice.amountCents() <= 0 || invoice.childcareCentsByChild().isEmpty()) {
                continue;
            }
            long inYear = settledBy(invoice, end, allocations, credits)
                    - settledBy(invoice, endBefore, allocations, credits);
            if (inYear == 0) {
                continue;
            }
            invoice.childcareCentsByChild().forEach((child, childcare) ->
                    paid.merge(child, share(inYear, childcare, invoice.amountCents()), Long::sum));
        }
        paid.values().removeIf(c -> c == 0);
        return paid;
    }

    static long settledBy(Invoice invoice, LocalDate day, List<Allocation> allocations, List<Credit> credits) {
        long allocated = allocations.stream()
                .filter(a -> a.invoiceId() == invoice.id() && !a.receivedOn().isAfter(day))
                .mapToLong(Allocation::amountCents).sum();
        long credited = credits.stream()
                .filter(c -> c.invoiceId() == invoice.id() && !c.issuedOn().isAfter(day))
                .mapToLong(Credit::amountCents).sum();
        return Math.max(0, Math.min(allocated, invoice.amountCents() - credited));
    }

    /** {@code paid × part / whole}, rounded half away from zero, in exact integer arithmetic. */
    static long share(long paid, long part, long whole) {
        BigInteger numerator = BigInteger.valueOf(paid).multiply(BigInteger.valueOf(part)).abs()
                .multiply(BigInteger.TWO).add(BigInteger.valueOf(whole));
        long magnitude = numerator.divide(BigInteger.valueOf(whole).multiply(BigInteger.TWO)).longValueExact();
        return paid < 0 ? -magnitude : magnitude;
    }
}
