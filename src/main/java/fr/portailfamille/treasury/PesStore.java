package fr.portailfamille.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The treasury's SQL. Reads issued invoices and their lines (billing's tables, read only) and the mandates billing
 * has already collected; writes only {@code pes_export} and {@code pes_export_invoice}.
 */
@Repository
class PesStore {

    record InvoiceRow(long id, long householdId, String number, LocalDate periodStart, LocalDate periodEnd,
                      LocalDate dueDate, long amountCents) {
    }

    record LineRow(long invoiceId, int lineNo, String childName, String activityLabel, boolean billableAbsence,
                   int quantity, long amountCents) {
    }

    record ExportRow(long id, LocalDate billingMonth, int exercise, int bordereauNo, java.time.OffsetDateTime exportedAt,
                     String exportedBy, String fileName, boolean reissue, boolean withPdf, int titleCount,
                     long totalCents) {
    }

    private final JdbcClient jdbc;

    PesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issued invoices of the period with something to collect; those already exported left out unless asked. */
    List<InvoiceRow> invoices(LocalDate from, LocalDate to, boolean includeExported) {
        return jdbc.sql("""
                SELECT i.id, i.household_id, i.number, i.period_start, i.period_end, i.due_date, i.amount_cents
                  FROM invoice i
                 WHERE i.period_start BETWEEN :from AND :to AND i.amount_cents > 0
                   AND (:all OR NOT EXISTS (SELECT 1 FROM pes_export_invoice e WHERE e.invoice_id = i.id))
                 ORDER BY i.number""")
                .param("from", from).param("to", to).param("all", includeExported)
                .query(InvoiceRow.class).list();
    }

    int alreadyExported(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM invoice i
                 WHERE i.period_start BETWEEN :from AND :to AND i.amount_cents > 0
                   AND EXISTS (SELECT 1 FROM pes_export_invoice e WHERE e.invoice_id = i.id)""")
                .param("from", from).param("to", to).query(Integer.class).single();
    }

    List<LineRow> lines(Collection<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT invoice_id, line_no, child_name, activity_label, billable_absence, quantity, amount_cents
                  FROM invoice_line WHERE invoice_id IN (:ids) AND amount_cents > 0
                 ORDER BY invoice_id, line_no""")
                .param("ids", invoiceIds).query(LineRow.class).list();
    }

    /** Mandates already presented once (by a SEPA batch of billing, or in an earlier PES file): next is RCUR. */
    Set<String> mandatesUsed() {
        Set<String> used = new HashSet<>(jdbc.sql("SELECT DISTINCT rum FROM direct_debit").query(String.class).list());
        used.addAll(jdbc.sql("SELECT DISTINCT rum FROM pes_export_invoice WHERE rum IS NOT NULL")
                .query(String.class).list());
        return used;
    }

    int nextBordereau(int exercise) {
        return jdbc.sql("SELECT COALESCE(MAX(bordereau_no), 0) + 1 FROM pes_export WHERE exercise = :y")
                .param("y", exercise).query(Integer.class).single();
    }

    long insertExport(LocalDate month, int exercise, int bordereau, Instant at, String by, String fileName,
                      boolean reissue, boolean withPdf, int titles, long totalCents) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pes_export (billing_month, exercise, bordereau_no, exported_at, exported_by, file_name,
                                        reissue, with_pdf, title_count, total_cents)
                VALUES (:m, :y, :b, :at, :by, :f, :r, :p, :n, :t)""")
                .param("m", month).param("y", exercise).param("b", bordereau)
                .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("by", by).param("f", fileName).param("r", reissue)
                .param("p", withPdf).param("n", titles).param("t", totalCents)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertInvoice(long exportId, long invoiceId, long amountCents, String rum, String sequenceType) {
        jdbc.sql("""
                INSERT INTO pes_export_invoice (export_id, invoice_id, amount_cents, rum, sequence_type)
                VALUES (:e, :i, :a, :r, :s)""")
                .param("e", exportId).param("i", invoiceId).param("a", amountCents).param("r", rum)
                .param("s", sequenceType).update();
    }

    List<ExportRow> exports() {
        return jdbc.sql("""
                SELECT id, billing_month, exercise, bordereau_no, exported_at, exported_by, file_name, reissue,
                       with_pdf, title_count, total_cents
                  FROM pes_export ORDER BY exported_at DESC, id DESC""")
                .query(ExportRow.class).list();
    }

    List<Long> exportedInvoices(long exportId) {
        return jdbc.sql("SELECT invoice_id FROM pes_export_invoice WHERE export_id = :e ORDER BY invoice_id")
                .param("e", exportId).query(Long.class).list();
    }
}
