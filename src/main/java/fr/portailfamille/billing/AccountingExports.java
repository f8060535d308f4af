package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.family.HouseholdSummary;
import fr.portailfamille.family.Households;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CSV exports of invoices (with credit notes) and payments over a period, for the town's accounting. */
@Service
@Transactional(readOnly = true)
public class AccountingExports {

    private final JdbcClient jdbc;
    private final Households households;

    AccountingExports(JdbcClient jdbc, Households households) {
        this.jdbc = jdbc;
        this.households = households;
    }

    record DocumentRow(String kind, String number, LocalDate issueDate, long householdId, LocalDate periodStart,
                       LocalDate periodEnd, LocalDate dueDate, long amountCents, String about) {
    }

    record PaymentRow(long id, LocalDate receivedOn, long householdId, String method, long amountCents,
                      String reference, long allocatedCents, LocalDate reversedOn) {
    }

    public String invoices(LocalDate from, LocalDate to) {
        List<DocumentRow> rows = jdbc.sql("""
                SELECT 'FACTURE' AS kind, number, issue_date, household_id, period_start, period_end, due_date,
                       amount_cents, '' AS about
                  FROM invoice WHERE issue_date BETWEEN :from AND :to
                UNION ALL
                SELECT 'AVOIR', c.number, c.issue_date, c.household_id, i.period_start, i.period_end, NULL,
                       -c.amount_cents, i.number
                  FROM credit_note c JOIN invoice i ON i.id = c.invoice_id WHERE c.issue_date BETWEEN :from AND :to
                 ORDER BY issue_date, number""")
                .param("from", from).param("to", to).query(DocumentRow.class).list();
        var names = names(rows.stream().map(DocumentRow::householdId).distinct().toList());
        var csv = new CsvWriter().row(List.of("type", "numero", "date_emission", "famille_id", "famille",
                "periode_debut", "periode_fin", "echeance", "montant_eur", "montant_centimes", "facture_corrigee"));
        for (var r : rows) {
            csv.row(List.of(r.kind(), r.number(), r.issueDate().toString(), Long.toString(r.householdId()),
                    names.getOrDefault(r.householdId(), ""), r.periodStart().toString(), r.periodEnd().toString(),
                    r.dueDate() == null ? "" : r.dueDate().toString(), CsvWriter.amount(r.amountCents()),
                    Long.toString(r.amountCents()), r.about()));
        }
        return csv.toString();
    }

    public String payments(LocalDate from, LocalDate to) {
        List<PaymentRow> rows = jdbc.sql("""
                SELECT p.id, p.received_on, p.household_id, p.method, p.amount_cents, p.reference,
                       COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocation a WHERE a.payment_id = p.id), 0)
                           AS allocated_cents, p.reversed_on
                  FROM payment p WHERE p.received_on BETWEEN :from AND :to ORDER BY p.received_on, p.id""")
                .param("from", from).param("to", to).query(PaymentRow.class).list();
        var names = names(rows.stream().map(PaymentRow::householdId).distinct().toList());
        var csv = new CsvWriter().row(List.of("reglement_id", "date", "famille_id", "famille", "mode", "montant_eur",
                "montant_centimes", "reference", "affecte_eur", "credit_eur", "annule_le"));
        for (var r : rows) {
            long credit = r.reversedOn() == null ? r.amountCents() - r.allocatedCents() : 0;
            csv.row(List.of(Long.toString(r.id()), r.receivedOn().toString(), Long.toString(r.householdId()),
                    names.getOrDefault(r.householdId(), ""), r.method(), CsvWriter.amount(r.amountCents()),
                    Long.toString(r.amountCents()), r.reference() == null ? "" : r.reference(),
                    CsvWriter.amount(r.allocatedCents()), CsvWriter.amount(credit),
                    r.reversedOn() == null ? "" : r.reversedOn().toString()));
        }
        return csv.toString();
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            households.summaries(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach((HouseholdSummary s) -> names.put(s.id(), s.name()));
        }
        return names;
    }
}
