package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailfamille.shared.HouseholdData;
import fr.portailfamille.shared.RowMaps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Billing's part of a household's data (issue 14): invoices with their lines, credit notes, payments, online
 * payments and direct debits. Anonymisation keeps every accounting record (numbers, dates, amounts, RUM: the public
 * accountant's titles refer to them) and only replaces the children's names printed on the invoice lines; the
 * debtor's name comes from the family record, which the family module replaces.
 */
@Repository
class BillingDataStore implements HouseholdData {

    private final JdbcClient jdbc;

    BillingDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "facturation";
    }

    @Override
    public void rows(long householdId, Rows sink) {
        RowMaps.section(jdbc, "factures", "SELECT id, number, issue_date, period_start, period_end, due_date, amount_cents"
                + " FROM invoice WHERE household_id = :h ORDER BY issue_date, id", householdId, sink);
        RowMaps.section(jdbc, "lignes_de_facture", """
                SELECT l.invoice_id, l.line_no, l.child_id, l.child_name, l.activity_label, l.unit, l.billable_absence,
                       l.unit_price_cents, l.quantity, l.amount_cents
                  FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                 WHERE i.household_id = :h ORDER BY l.invoice_id, l.line_no""", householdId, sink);
        RowMaps.section(jdbc, "avoirs", "SELECT id, invoice_id, number, issue_date, amount_cents, reason FROM credit_note"
                + " WHERE household_id = :h ORDER BY id", householdId, sink);
        RowMaps.section(jdbc, "reglements", "SELECT id, received_on, method, amount_cents, reference, reversed_on FROM payment"
                + " WHERE household_id = :h ORDER BY received_on, id", householdId, sink);
        RowMaps.section(jdbc, "paiements_en_ligne", "SELECT reference, invoice_id, amount_cents, status, created_at, settled_at"
                + " FROM online_payment WHERE household_id = :h ORDER BY id", householdId, sink);
        RowMaps.section(jdbc, "prelevements", "SELECT invoice_id, rum, sequence_type, amount_cents, status, reject_reason"
                + " FROM direct_debit WHERE household_id = :h ORDER BY id", householdId, sink);
    }


    @Override
    public Optional<LocalDate> lastActivity(long householdId) {
        return RowMaps.latestDay(jdbc.sql("""
                SELECT MAX(d) FROM (SELECT MAX(issue_date) AS d FROM invoice WHERE household_id = :h
                                    UNION ALL SELECT MAX(received_on) AS d FROM payment WHERE household_id = :h) x""")
                .param("h", householdId).query().singleColumn());
    }

    @Override
    public int anonymise(long householdId) {
        return jdbc.sql("""
                UPDATE invoice_line SET child_name = CONCAT('Enfant n° ', CAST(child_id AS VARCHAR(20)))
                 WHERE invoice_id IN (SELECT id FROM invoice WHERE household_id = :h)""")
                .param("h", householdId).update();
    }
}
