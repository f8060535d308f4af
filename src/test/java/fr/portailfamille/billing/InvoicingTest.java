package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import fr.portailfamille.billing.BillableDays.BillableDay;
import fr.portailfamille.family.AllowanceData;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class InvoicingTest {

    @Autowired Invoicing invoicing;
    @Autowired TestClock clock;
    @Autowired RecordedBillableDays agenda;
    @Autowired Households households;
    @Autowired Statements statements;
    @Autowired Ledger ledger;
    @Autowired Tariffs tariffs;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void clear() {
        agenda.clear();
    }

    record Family(long id, long elder, long younger) {
    }

    /** QF 742 (bracket 2 of the demo grid) dated June 2030 (valid for every month these tests bill), resident, two children. */
    private Family family(String name) {
        long id = households.create("Famille " + name, "1 rue du Test", "44100", "Val-Fleuri", true,
                new Guardian("Mme", name, "Alice", LocalDate.of(1985, 1, 1), null, null, null, null, "0600000000",
                        null, "a@example.org", null, null));
        households.setAllowance(id, new AllowanceData("CAF", "1", 742, LocalDate.of(2030, 6, 1)));
        long elder = households.addChild(id, "Aîné", name, clock.today().minusYears(9), "M", null, null);
        long younger = households.addChild(id, "Cadet", name, clock.today().minusYears(4), "F", null, null);
        return new Family(id, elder, younger);
    }

    private void days(Family f, long child, String activity, BillingUnit unit, YearMonth month, boolean absence,
                      int... daysOfMonth) {
        for (int d : daysOfMonth) {
            agenda.add(new BillableDay(f.id(), child, activity, unit, month.atDay(d), absence));
        }
    }

    @Test
    void oneInvoicePerFamilyWithLinesPerChildActivityAndUnit() {
        var f = family("Lignes");
        var month = YearMonth.of(2030, 3);
        days(f, f.elder(), "ALSH", BillingUnit.DAY, month, false, 4, 11, 18);
        days(f, f.elder(), "ALSH", BillingUnit.MEAL, month, false, 4, 11, 18);
        days(f, f.elder(), "ALSH", BillingUnit.DAY, month, true, 25);
        days(f, f.younger(), "ALSH", BillingUnit.DAY, month, false, 4, 11);
        days(f, f.younger(), "PERISCOLAIRE", BillingUnit.EVENING_CARE, month, false, 5, 6, 7, 8);

        var result = invoicing.run(month, LocalDate.of(2030, 4, 3));

        assertThat(result.invoices()).isEqualTo(1);
        assertThat(result.days()).isEqualTo(13);
        var invoice = statements.statement(f.id()).invoices().get(0);
        var lines = invoicing.lines(invoice.id());
        // bracket 2: day 12,00, meal 3,50, evening 2,80; younger child: 10 % off → 10,80 and 2,52
        assertThat(lines).extracting(l -> l.childName() + "|" + l.activityCode() + "|" + l.unit() + "|"
                        + l.absence() + "|" + l.quantity() + "|" + l.unitPrice().cents() + "|" + l.amount().cents())
                .containsExactly(
                        "Aîné Lignes|ALSH|DAY|false|3|1200|3600",
                        "Aîné Lignes|ALSH|DAY|true|1|1200|1200",
                        "Aîné Lignes|ALSH|MEAL|false|3|350|1050",
                        "Cadet Lignes|ALSH|DAY|false|2|1080|2160",
                        "Cadet Lignes|PERISCOLAIRE|EVENING_CARE|false|4|252|1008");
        assertThat(lines.get(0).dates()).containsExactly(month.atDay(4), month.atDay(11), month.atDay(18));
        assertThat(lines.get(0).bracketLabel()).isEqualTo("Tranche 2");
        assertThat(invoice.amount().cents()).isEqualTo(9018);
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2030, 4, 3));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2030, 5, 3));
        assertThat(invoice.periodStart()).isEqualTo(month.atDay(1));
        assertThat(events.stream(InvoiceIssued.class)).anySatisfy(e -> {
            assertThat(e.invoiceId()).isEqualTo(invoice.id());
            assertThat(e.amount().cents()).isEqualTo(9018);
        });
    }

    @Test
    void previousBalanceCreditNotesAndTotalToPay() {
        var f = family("Solde");
        var march = YearMonth.of(2030, 3);
        var april = YearMonth.of(2030, 4);
        days(f, f.elder(), "ALSH", BillingUnit.DAY, march, false, 4, 11);    // 24,00
        invoicing.run(march, LocalDate.of(2030, 4, 2));
        long marchInvoice = statements.statement(f.id()).invoices().get(0).id();
        ledger.recordPayment(f.id(), LocalDate.of(2030, 4, 10), PaymentMode.CHEQUE, 1000, "Chèque");
        ledger.issueCreditNote(f.id(), marchInvoice, LocalDate.of(2030, 4, 12), 500, "Journée annulée par la ville");
        days(f, f.elder(), "ALSH", BillingUnit.DAY, april, false, 8);          // 12,00
        invoicing.run(april, LocalDate.of(2030, 5, 2));

        var statement = statements.statement(f.id());
        var aprilInvoice = statement.invoices().get(0);
        assertThat(aprilInvoice.amount().cents()).isEqualTo(1200);
        // previous balance = 24,00 invoiced − 10,00 paid − 5,00 credit note
        assertThat(aprilInvoice.previousBalance().cents()).isEqualTo(900);
        assertThat(aprilInvoice.totalToPay().cents()).isEqualTo(2100);
        assertThat(statement.balance().cents()).isEqualTo(2100);
        var marchLine = statement.invoice(marchInvoice).orElseThrow();
        assertThat(marchLine.remaining().cents()).isEqualTo(900);
        assertThat(marchLine.credited().cents()).isEqualTo(500);
        assertThat(statement.creditNotes()).singleElement().satisfies(c -> {
            assertThat(c.number()).startsWith("AV-2030-");
            assertThat(c.invoiceNumber()).isEqualTo(marchLine.number());
        });
    }

    @Test
    void creditNotesCannotExceedTheInvoiceNorTouchAnotherFamily() {
        var f = family("Avoir");
        var other = family("Autre");
        var month = YearMonth.of(2030, 5);
        days(f, f.elder(), "ALSH", BillingUnit.DAY, month, false, 6);
        invoicing.run(month, LocalDate.of(2030, 6, 2));
        long invoiceId = statements.statement(f.id()).invoices().get(0).id();
        ledger.issueCreditNote(f.id(), invoiceId, LocalDate.of(2030, 6, 5), 1000, "Erreur");
        assertThatThrownBy(() -> ledger.issueCreditNote(f.id(), invoiceId, LocalDate.of(2030, 6, 5), 201, "Trop"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.issueCreditNote(other.id(), invoiceId, LocalDate.of(2030, 6, 5), 1, "X"))
                .isInstanceOf(NotFoundException.class);
        assertThat(statements.statement(f.id()).balance().cents()).isEqualTo(200);
    }

    @Test
    void runningTheMonthAgainInvoicesNothingTwice() {
        var f = family("Rejeu");
        var month = YearMonth.of(2030, 6);
        days(f, f.elder(), "ALSH", BillingUnit.DAY, month, false, 3, 4);
        assertThat(invoicing.run(month, LocalDate.of(2030, 7, 1)).invoices()).isEqualTo(1);
        assertThat(invoicing.run(month, LocalDate.of(2030, 7, 1)).invoices()).isZero();
        // a late reservation of the same month: only the new day is invoiced, on a second invoice
        days(f, f.elder(), "ALSH", BillingUnit.DAY, month, false, 5);
        var again = invoicing.run(month, LocalDate.of(2030, 7, 8));
        assertThat(again.invoices()).isEqualTo(1);
        assertThat(again.days()).isEqualTo(1);
        assertThat(statements.statement(f.id()).invoices()).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invoiced_day WHERE child_id = :c").param("c", f.elder())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aMissingPriceLeavesTheFamilyForALaterRun() {
        var f = family("SansPrix");
        var month = YearMonth.of(2030, 7);
        days(f, f.elder(), "TEST-STAGE", BillingUnit.DAY, month, false, 7);
        var first = invoicing.run(month, LocalDate.of(2030, 8, 1));
        assertThat(first.invoices()).isZero();
        assertThat(first.skipped()).singleElement().satisfies(s -> {
            assertThat(s.householdId()).isEqualTo(f.id());
            assertThat(s.reason()).isEqualTo("missing-price");
        });
        tariffs.brackets().forEach(b -> tariffs.savePrice("TEST-STAGE", BillingUnit.DAY, b.id(), 2000, 2500));
        assertThat(invoicing.run(month, LocalDate.of(2030, 8, 2)).invoices()).isEqualTo(1);
    }

    @Test
    void concurrentRunsKeepNumbersGaplessAndDaysUnique() throws Exception {
        var month = YearMonth.of(2031, 1);
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var f = family("Concurrence" + i);
            families.add(f);
            days(f, f.elder(), "ALSH", BillingUnit.DAY, month, false, 6, 7, 8);
            days(f, f.younger(), "ALSH", BillingUnit.MEAL, month, false, 6, 7);
        }
        LocalDate issue = LocalDate.of(2032, 2, 1); // a year no other test issues invoices in
        Callable<InvoicingResult> run = () -> invoicing.run(month, issue);
        var pool = Executors.newFixedThreadPool(4);
        List<InvoicingResult> results;
        try {
            results = pool.invokeAll(List.of(run, run, run, run)).stream().map(fut -> {
                try {
                    return fut.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
        assertThat(results.stream().mapToInt(InvoicingResult::invoices).sum()).isEqualTo(12);
        List<String> numbers = jdbc.sql("SELECT number FROM invoice WHERE number LIKE '2032-%' ORDER BY number")
                .query(String.class).list();
        assertThat(numbers).hasSize(12);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo("2032-%06d".formatted(i + 1));
        }
        for (var f : families) {
            assertThat(statements.statement(f.id()).invoices()).singleElement()
                    .satisfies(inv -> assertThat(inv.amount().cents()).isEqualTo(3 * 1200 + 2 * 315));
        }
    }
}
