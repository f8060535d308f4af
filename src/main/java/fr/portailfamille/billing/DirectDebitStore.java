package fr.portailfamille.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of direct_debit_batch and direct_debit. */
@Repository
class DirectDebitStore {

    record BatchRow(long id, String messageId, LocalDate collectionDate, boolean collected, int debits,
                    long totalCents) {
    }

    record DebitRow(long id, long batchId, long invoiceId, long householdId, String rum, String sequenceType,
                    long amountCents, String endToEndId, String status, Long paymentId, String rejectReason) {
    }

    private static final String DEBIT_COLUMNS = """
            id, batch_id, invoice_id, household_id, rum, sequence_type, amount_cents, end_to_end_id, status,
            payment_id, reject_reason""";

    private final JdbcClient jdbc;

    DirectDebitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invoices already in a debit that was not rejected: never debited twice. */
    Set<Long> invoicesInDebit() {
        return Set.copyOf(jdbc.sql("SELECT invoice_id FROM direct_debit WHERE status <> 'REJECTED'")
                .query(Long.class).list());
    }

    /** Mandates with a debit that was sent and not rejected: their next debit is RCUR. */
    Set<String> mandatesUsed() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT rum FROM direct_debit WHERE status <> 'REJECTED'")
                .query(String.class).list());
    }

    /** The last collection date of each mandate's debits that were not rejected. */
    java.util.Map<String, LocalDate> lastCollections() {
        java.util.Map<String, LocalDate> last = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT d.rum, MAX(b.collection_date) FROM direct_debit d JOIN direct_debit_batch b ON b.id = d.batch_id
                 WHERE d.status <> 'REJECTED' GROUP BY d.rum""")
                .query((rs, n) -> last.put(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        return last;
    }

    /** Whether a debit on the mandate that carried an amendment, not rejected, was prepared at or after the instant. */
    boolean amendmentToldSince(String rum, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM direct_debit d JOIN direct_debit_batch b ON b.id = d.batch_id
                 WHERE d.rum = :rum AND d.status <> 'REJECTED' AND d.amendment IS NOT NULL
                   AND b.created_at >= :since""")
                .param("rum", rum).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(Integer.class).single() > 0;
    }

    void insertFinal(String rum, long householdId, LocalDate on) {
        jdbc.sql("""
                INSERT INTO direct_debit_final (rum, household_id, requested_on) VALUES (:rum, :h, :on)
                ON CONFLICT DO NOTHING""")
                .param("rum", rum).param("h", householdId).param("on", on).update();
    }

    /** Mandates whose last collection is asked (batch null) or done (batch set). */
    java.util.Map<String, Long> finals() {
        java.util.Map<String, Long> finals = new java.util.HashMap<>();
        jdbc.sql("SELECT rum, batch_id FROM direct_debit_final")
                .query((rs, n) -> finals.put(rs.getString(1), (Long) rs.getObject(2, Long.class))).list();
        return finals;
    }

    void finalCollected(String rum, long batchId) {
        jdbc.sql("UPDATE direct_debit_final SET batch_id = :b WHERE rum = :rum AND batch_id IS NULL")
                .param("b", batchId).param("rum", rum).update();
    }

    int attempts(long invoiceId) {
        return jdbc.sql("SELECT COUNT(*) FROM direct_debit WHERE invoice_id = :i").param("i", invoiceId)
                .query(Integer.class).single();
    }

    long insertBatch(String messageId, Instant createdAt, LocalDate collectionDate, String xml) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO direct_debit_batch (message_id, created_at, collection_date, xml)
                VALUES (:m, :c, :d, :x)""")
                .param("m", messageId).param("c", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .param("d", collectionDate).param("x", xml).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertDebit(long batchId, long invoiceId, long householdId, String rum, SequenceType type, long cents,
                     String endToEndId, String amendment) {
        jdbc.sql("""
                INSERT INTO direct_debit (batch_id, invoice_id, household_id, rum, sequence_type, amount_cents,
                                          end_to_end_id, status, amendment)
                VALUES (:b, :i, :h, :rum, :t, :a, :e, 'PENDING', :am)""")
                .param("b", batchId).param("i", invoiceId).param("h", householdId).param("rum", rum)
                .param("t", type.name()).param("a", cents).param("e", endToEndId).param("am", amendment).update();
    }

    Optional<DebitRow> lockByEndToEnd(String endToEndId) {
        return jdbc.sql("SELECT " + DEBIT_COLUMNS + " FROM direct_debit WHERE end_to_end_id = :e FOR UPDATE")
                .param("e", endToEndId).query(DebitRow.class).optional();
    }

    void rejectCode(long debitId, String code) {
        jdbc.sql("UPDATE direct_debit SET reject_code = :c WHERE id = :d").param("c", code).param("d", debitId)
                .update();
    }

    /** Records an imported return file; false when the same file was already imported. */
    boolean returnFileImported(String sha256, String fileName, Instant at, int rejects) {
        return jdbc.sql("""
                INSERT INTO direct_debit_return_file (sha256, file_name, imported_at, rejects)
                VALUES (:s, :f, :at, :r) ON CONFLICT DO NOTHING""")
                .param("s", sha256).param("f", fileName).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("r", rejects).update() == 1;
    }

    List<BatchRow> batches() {
        return jdbc.sql("""
                SELECT b.id, b.message_id, b.collection_date, b.collected, COUNT(d.id) AS debits,
                       COALESCE(SUM(d.amount_cents), 0) AS total_cents
                  FROM direct_debit_batch b LEFT JOIN direct_debit d ON d.batch_id = b.id
                 GROUP BY b.id, b.message_id, b.collection_date, b.collected ORDER BY b.id DESC""")
                .query(BatchRow.class).list();
    }

    Optional<String> xml(long batchId) {
        return jdbc.sql("SELECT xml FROM direct_debit_batch WHERE id = :b").param("b", batchId)
                .query(String.class).optional();
    }

    List<DebitRow> debits(long batchId) {
        return jdbc.sql("SELECT " + DEBIT_COLUMNS + " FROM direct_debit WHERE batch_id = :b ORDER BY id")
                .param("b", batchId).query(DebitRow.class).list();
    }

    Optional<DebitRow> lockDebit(long debitId) {
        return jdbc.sql("SELECT " + DEBIT_COLUMNS + " FROM direct_debit WHERE id = :d FOR UPDATE")
                .param("d", debitId).query(DebitRow.class).optional();
    }

    boolean markBatchCollected(long batchId) {
        return jdbc.sql("UPDATE direct_debit_batch SET collected = TRUE WHERE id = :b AND NOT collected")
                .param("b", batchId).update() == 1;
    }

    void collected(long debitId, long paymentId) {
        jdbc.sql("UPDATE direct_debit SET status = 'COLLECTED', payment_id = :p WHERE id = :d AND status = 'PENDING'")
                .param("p", paymentId).param("d", debitId).update();
    }

    void rejected(long debitId, String reason) {
        jdbc.sql("UPDATE direct_debit SET status = 'REJECTED', reject_reason = :r WHERE id = :d")
                .param("r", reason).param("d", debitId).update();
    }
}
