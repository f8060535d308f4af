package fr.portailfamille.billing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import fr.portailfamille.shared.DatabaseVendor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of invoice_line and invoiced_day. */
@Repository
class InvoicingStore {

    record LineRow(long invoiceId, int lineNo, long childId, String childName, String activityCode,
                   String activityLabel, String unit, boolean billableAbsence, String bracketLabel,
                   long unitPriceCents, int quantity, long amountCents) {
    }

    record DayRow(int lineNo, LocalDate servedOn) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DatabaseVendor vendor;

    InvoicingStore(JdbcClient jdbc, JdbcTemplate template, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.template = template;
        this.vendor = vendor;
    }

    /**
     * Refreshes PostgreSQL's statistics of the tables a run fills. On a young database they say "empty", and the
     * foreign-key checks of every insert then keep a sequential-scan plan for the whole run: quadratic time.
     * ANALYZE also invalidates those cached plans.
     */
    void refreshStatistics() {
        if (vendor.isPostgres()) {
            jdbc.sql("ANALYZE invoice, invoice_line, invoiced_day").update();
        }
    }

    /** Locks the households of a chunk, in id order, so that two concurrent runs never invoice one twice. */
    void lockHouseholds(List<Long> sortedIds) {
        jdbc.sql("SELECT id FROM household WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", sortedIds)
                .query(Long.class).list();
    }

    Set<InvoiceDraft.DayKey> invoicedDays(Collection<Long> childIds, LocalDate from, LocalDate to) {
        Set<InvoiceDraft.DayKey> keys = new HashSet<>();
        if (childIds.isEmpty()) {
            return keys;
        }
        jdbc.sql("""
                SELECT child_id, activity_code, unit, served_on FROM invoiced_day
                 WHERE child_id IN (:children) AND served_on BETWEEN :from AND :to""")
                .param("children", childIds).param("from", from).param("to", to)
                .query((rs, n) -> keys.add(new InvoiceDraft.DayKey(rs.getLong(1), rs.getString(2),
                        BillingUnit.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))).list();
        return keys;
    }

    void insertLines(long invoiceId, List<InvoiceDraft.Line> lines) {
        List<Object[]> lineArgs = new ArrayList<>(lines.size());
        List<Object[]> dayArgs = new ArrayList<>();
        for (var l : lines) {
            lineArgs.add(new Object[] {invoiceId, l.lineNo(), l.childId(), l.childName(), l.activityCode(),
                    l.activityLabel(), l.unit().name(), l.absence(), l.bracketLabel(), l.unitCents(),
                    l.dates().size(), l.amountCents()});
            for (LocalDate d : l.dates()) {
                dayArgs.add(new Object[] {invoiceId, l.lineNo(), l.childId(), l.activityCode(), l.unit().name(),
                        Date.valueOf(d)});
            }
        }
        template.batchUpdate("""
                INSERT INTO invoice_line (invoice_id, line_no, child_id, child_name, activity_code, activity_label,
                    unit, billable_absence, bracket_label, unit_price_cents, quantity, amount_cents)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lineArgs);
        template.batchUpdate("""
                INSERT INTO invoiced_day (invoice_id, line_no, child_id, activity_code, unit, served_on)
                VALUES (?, ?, ?, ?, ?, ?)""", dayArgs);
    }

    List<LineRow> lines(long invoiceId) {
        return jdbc.sql("""
                SELECT invoice_id, line_no, child_id, child_name, activity_code, activity_label, unit,
                       billable_absence, bracket_label, unit_price_cents, quantity, amount_cents
                  FROM invoice_line WHERE invoice_id = :i ORDER BY line_no""")
                .param("i", invoiceId).query(LineRow.class).list();
    }

    List<DayRow> days(long invoiceId) {
        return jdbc.sql("SELECT line_no, served_on FROM invoiced_day WHERE invoice_id = :i ORDER BY line_no, served_on")
                .param("i", invoiceId).query(DayRow.class).list();
    }

    record ChildcareRow(long invoiceId, long childId, long cents) {
    }

    /** Childcare (every line but meals billed apart) of each child on each invoice of the household. */
    List<ChildcareRow> childcareByInvoiceAndChild(long householdId) {
        return jdbc.sql("""
                SELECT l.invoice_id, l.child_id, SUM(l.amount_cents) AS cents
                  FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                 WHERE i.household_id = :h AND l.unit <> 'MEAL'
                 GROUP BY l.invoice_id, l.child_id""")
                .param("h", householdId).query(ChildcareRow.class).list();
    }
}
