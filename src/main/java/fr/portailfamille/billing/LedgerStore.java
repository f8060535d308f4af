package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of invoice, payment and payment_allocation. */
@Repository
class LedgerStore {

    record InvoiceRow(long id, String number, LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                      LocalDate dueDate, long amountCents) {
    }

    record PaymentRow(long id, LocalDate receivedOn, String method, long amountCents, String reference) {
    }

    record AllocationRow(long paymentId, long invoiceId, long amountCents) {
    }

    record CreditNoteRow(long id, long invoiceId, String number, LocalDate issueDate, long amountCents,
                         String reason) {
    }

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first: the order in which the previous balance accumulates and payments are allocated. */
    List<InvoiceRow> invoices(long householdId) {
        return jdbc.sql("""
                SELECT id, number, issue_date, period_start, period_end, due_date, amount_cents
                  FROM invoice WHERE household_id = :h ORDER BY issue_date, id""")
                .param("h", householdId).query(InvoiceRow.class).list();
    }

    List<PaymentRow> payments(long householdId) {
        return jdbc.sql("""
                SELECT id, received_on, method, amount_cents, reference
                  FROM payment WHERE household_id = :h AND reversed_on IS NULL ORDER BY received_on, id""")
                .param("h", householdId).query(PaymentRow.class).list();
    }

    List<AllocationRow> allocations(long householdId) {
        return jdbc.sql("""
                SELECT a.payment_id, a.invoice_id, a.amount_cents
                  FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                 WHERE p.household_id = :h AND p.reversed_on IS NULL""")
                .param("h", householdId).query(AllocationRow.class).list();
    }

    record DatedAllocationRow(long invoiceId, LocalDate receivedOn, long amountCents) {
    }

    /** The allocations of the household's payments that were not reversed, with the day each payment was made. */
    List<DatedAllocationRow> datedAllocations(long householdId) {
        return jdbc.sql("""
                SELECT a.invoice_id, p.received_on, a.amount_cents
                  FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                 WHERE p.household_id = :h AND p.reversed_on IS NULL""")
                .param("h", householdId).query(DatedAllocationRow.class).list();
    }

    List<CreditNoteRow> creditNotes(long householdId) {
        return jdbc.sql("""
                SELECT id, invoice_id, number, issue_date, amount_cents, reason
                  FROM credit_note WHERE household_id = :h ORDER BY issue_date, id""")
                .param("h", householdId).query(CreditNoteRow.class).list();
    }

    /** Invoiced cents per month of issue in [from, to]. */
    java.util.Map<java.time.YearMonth, Long> invoicedByMonth(LocalDate from, LocalDate to) {
        return byMonth("SELECT issue_date AS d, amount_cents FROM invoice WHERE issue_date BETWEEN :f AND :t", from, to);
    }

    /** Cents received per month in [from, to], payments reversed since left out. */
    java.util.Map<java.time.YearMonth, Long> collectedByMonth(LocalDate from, LocalDate to) {
        return byMonth("SELECT received_on AS d, amount_cents FROM payment WHERE received_on BETWEEN :f AND :t "
                + "AND reversed_on IS NULL", from, to);
    }

    private java.util.Map<java.time.YearMonth, Long> byMonth(String sql, LocalDate from, LocalDate to) {
        var sums = new java.util.HashMap<java.time.YearMonth, Long>();
        jdbc.sql(sql).param("f", from).param("t", to).query(rs -> {
            sums.merge(java.time.YearMonth.from(rs.getObject("d", LocalDate.class)), rs.getLong("amount_cents"),
                    Long::sum);
        });
        return sums;
    }

    /** Invoices due by {@code to} that were not settled before {@code from} (the others are never unpaid then). */
    private static final String OPEN_SINCE = """
            SELECT i.id FROM invoice i WHERE i.due_date <= :t AND i.amount_cents >
                   COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                              WHERE a.invoice_id = i.id AND p.received_on < :f AND p.reversed_on IS NULL), 0)
                 + COALESCE((SELECT SUM(c.amount_cents) FROM credit_note c
                              WHERE c.invoice_id = i.id AND c.issue_date < :f), 0)""";

    List<BillingHistory.Owed> owedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id, due_date, amount_cents FROM invoice WHERE id IN (" + OPEN_SINCE + ")")
                .param("f", from).param("t", to)
                .query((rs, n) -> new BillingHistory.Owed(rs.getLong("id"), rs.getObject("due_date", LocalDate.class),
                        rs.getLong("amount_cents"))).list();
    }

    List<BillingHistory.Settled> settledBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT a.invoice_id, p.received_on AS d, a.amount_cents FROM payment_allocation a "
                        + "JOIN payment p ON p.id = a.payment_id WHERE p.received_on <= :t AND p.reversed_on IS NULL "
                        + "AND a.invoice_id IN (" + OPEN_SINCE + ") "
                        + "UNION ALL SELECT c.invoice_id, c.issue_date AS d, c.amount_cents FROM credit_note c "
                        + "WHERE c.issue_date <= :t AND c.invoice_id IN (" + OPEN_SINCE + ")")
                .param("f", from).param("t", to)
                .query((rs, n) -> new BillingHistory.Settled(rs.getLong("invoice_id"),
                        rs.getObject("d", LocalDate.class), rs.getLong("amount_cents"))).list();
    }

    java.util.Optional<InvoiceRow> invoice(long householdId, long invoiceId) {
        return jdbc.sql("""
                SELECT id, number, issue_date, period_start, period_end, due_date, amount_cents
                  FROM invoice WHERE household_id = :h AND id = :i""")
                .param("h", householdId).param("i", invoiceId).query(InvoiceRow.class).optional();
    }

    long creditedCents(long invoiceId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM credit_note WHERE invoice_id = :i")
                .param("i", invoiceId).query(Long.class).single();
    }

    int nextCreditNoteNumber(int year) {
        jdbc.sql("INSERT INTO credit_note_counter (note_year, last_number) VALUES (:y, 0) ON CONFLICT DO NOTHING")
                .param("y", year).update();
        int last = jdbc.sql("SELECT last_number FROM credit_note_counter WHERE note_year = :y FOR UPDATE")
                .param("y", year).query(Integer.class).single();
        jdbc.sql("UPDATE credit_note_counter SET last_number = :n WHERE note_year = :y")
                .param("n", last + 1).param("y", year).update();
        return last + 1;
    }

    long insertCreditNote(long householdId, long invoiceId, String number, LocalDate issueDate, long amountCents,
                          String reason) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO credit_note (household_id, invoice_id, number, issue_date, amount_cents, reason)
                VALUES (:h, :i, :number, :issue, :amount, :reason)""")
                .param("h", householdId).param("i", invoiceId).param("number", number).param("issue", issueDate)
                .param("amount", amountCents).param("reason", reason).update(keys, "id");
        return keys.getKey().longValue();
    }

    int nextInvoiceNumber(int year) {
        jdbc.sql("INSERT INTO invoice_counter (invoice_year, last_number) VALUES (:y, 0) ON CONFLICT DO NOTHING")
                .param("y", year).update();
        int last = jdbc.sql("SELECT last_number FROM invoice_counter WHERE invoice_year = :y FOR UPDATE")
                .param("y", year).query(Integer.class).single();
        jdbc.sql("UPDATE invoice_counter SET last_number = :n WHERE invoice_year = :y")
                .param("n", last + 1).param("y", year).update();
        return last + 1;
    }

    long insertInvoice(long householdId, String number, LocalDate issueDate, LocalDate periodStart,
                       LocalDate periodEnd, LocalDate dueDate, long amountCents) {
        return insertInvoice(householdId, number, issueDate, periodStart, periodEnd, dueDate, amountCents, null);
    }

    long insertInvoice(long householdId, String number, LocalDate issueDate, LocalDate periodStart,
                       LocalDate periodEnd, LocalDate dueDate, long amountCents, LocalDate billingMonth) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO invoice (household_id, number, issue_date, period_start, period_end, due_date, amount_cents,
                                     billing_month)
                VALUES (:h, :number, :issue, :start, :end, :due, :amount, :month)""")
                .param("h", householdId).param("number", number).param("issue", issueDate)
                .param("start", periodStart).param("end", periodEnd).param("due", dueDate)
                .param("amount", amountCents).param("month", billingMonth).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertPayment(long householdId, LocalDate receivedOn, String method, long amountCents, String reference) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO payment (household_id, received_on, method, amount_cents, reference)
                VALUES (:h, :on, :method, :amount, :ref)""")
                .param("h", householdId).param("on", receivedOn).param("method", method)
                .param("amount", amountCents).param("ref", reference).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A payment that did not happen after all (rejected direct debit): its allocations go, the row stays. */
    void reversePayment(long paymentId, LocalDate on) {
        jdbc.sql("DELETE FROM payment_allocation WHERE payment_id = :p").param("p", paymentId).update();
        jdbc.sql("UPDATE payment SET reversed_on = :on WHERE id = :p").param("on", on).param("p", paymentId).update();
    }

    void insertAllocation(long paymentId, long invoiceId, long amountCents) {
        jdbc.sql("INSERT INTO payment_allocation (payment_id, invoice_id, amount_cents) VALUES (:p, :i, :a)")
                .param("p", paymentId).param("i", invoiceId).param("a", amountCents).update();
    }

    /** Locks the household's ledger while a payment is allocated, so two payments never settle the same euro. */
    void lockHousehold(long householdId) {
        jdbc.sql("SELECT id FROM household WHERE id = :h FOR UPDATE").param("h", householdId)
                .query(Long.class).optional();
    }

    long unpaidInvoiceCount() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM invoice i
                 WHERE i.amount_cents > COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a
                                                   WHERE a.invoice_id = i.id), 0)
                                      + COALESCE((SELECT SUM(c.amount_cents) FROM credit_note c
                                                   WHERE c.invoice_id = i.id), 0)""")
                .query(Long.class).single();
    }

    long unpaidAmountCents() {
        return jdbc.sql("""
                SELECT COALESCE(SUM(GREATEST(0, i.amount_cents
                           - COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.invoice_id = i.id), 0)
                           - COALESCE((SELECT SUM(c.amount_cents) FROM credit_note c WHERE c.invoice_id = i.id), 0))), 0)
                  FROM invoice i""")
                .query(Long.class).single();
    }
}
