package fr.portailfamille.billing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of online_payment. */
@Repository
class OnlinePaymentStore {

    record OnlinePaymentRow(long id, String reference, long householdId, Long invoiceId, long amountCents,
                            String provider, String providerOperationId, String status, Long paymentId,
                            OffsetDateTime createdAt) {
    }

    private static final String COLUMNS = """
            id, reference, household_id, invoice_id, amount_cents, provider, provider_operation_id, status, payment_id,
            created_at""";

    private final JdbcClient jdbc;

    OnlinePaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String reference, long householdId, Long invoiceId, long amountCents, String provider,
                Instant now) {
        jdbc.sql("""
                INSERT INTO online_payment (reference, household_id, invoice_id, amount_cents, provider, status, created_at)
                VALUES (:ref, :h, :i, :amount, :provider, 'PENDING', :now)""")
                .param("ref", reference).param("h", householdId).param("i", invoiceId).param("amount", amountCents)
                .param("provider", provider).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    void setOperation(String reference, String operationId, String redirectUrl) {
        jdbc.sql("UPDATE online_payment SET provider_operation_id = :op, redirect_url = :url WHERE reference = :ref")
                .param("op", operationId).param("url", redirectUrl).param("ref", reference).update();
    }

    Optional<String> redirectUrl(long householdId, String reference) {
        return jdbc.sql("SELECT redirect_url FROM online_payment WHERE reference = :ref AND household_id = :h")
                .param("ref", reference).param("h", householdId).query(String.class).optional();
    }

    Optional<OnlinePaymentRow> byReference(long householdId, String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM online_payment WHERE reference = :ref AND household_id = :h")
                .param("ref", reference).param("h", householdId).query(OnlinePaymentRow.class).optional();
    }

    Optional<OnlinePaymentRow> byOperation(long householdId, String operationId) {
        return jdbc.sql("""
                SELECT %s FROM online_payment WHERE provider_operation_id = :op AND household_id = :h""".formatted(COLUMNS))
                .param("op", operationId).param("h", householdId).query(OnlinePaymentRow.class).optional();
    }

    /** The operation, locked until the end of the transaction: one settlement at a time. */
    Optional<OnlinePaymentRow> lockByOperation(String operationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM online_payment WHERE provider_operation_id = :op FOR UPDATE")
                .param("op", operationId).query(OnlinePaymentRow.class).optional();
    }

    /** Operations opened with the provider and not settled yet, oldest first. */
    java.util.List<String> pendingOperationIds() {
        return jdbc.sql("""
                SELECT provider_operation_id FROM online_payment
                 WHERE status = 'PENDING' AND provider_operation_id IS NOT NULL ORDER BY id""")
                .query(String.class).list();
    }

    void settle(long id, String status, Long paymentId, Instant now) {
        jdbc.sql("""
                UPDATE online_payment SET status = :s, payment_id = :p, settled_at = :now
                 WHERE id = :id AND status = 'PENDING'""")
                .param("s", status).param("p", paymentId).param("id", id)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }
}
