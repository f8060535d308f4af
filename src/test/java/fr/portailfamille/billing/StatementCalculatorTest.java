package fr.portailfamille.billing;

import java.time.LocalDate;
import java.util.List;

import fr.portailfamille.shared.Money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final LedgerStore.InvoiceRow september = new LedgerStore.InvoiceRow(1, "2026-000001",
            LocalDate.of(2026, 10, 5), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 31), 18_640);
    private final LedgerStore.InvoiceRow october = new LedgerStore.InvoiceRow(2, "2026-000002",
            LocalDate.of(2026, 11, 5), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 11, 30), 21_550);
    private final LedgerStore.PaymentRow cheque = new LedgerStore.PaymentRow(7, LocalDate.of(2026, 10, 20),
            "CHEQUE", 10_000, "n° 1");

    @Test
    void theSecondInvoiceCarriesWhatTheFirstStillOwes() {
        var statement = StatementCalculator.compute(List.of(september, october), List.of(cheque),
                List.of(new LedgerStore.AllocationRow(7, 1, 10_000)), List.of(), TODAY);

        var octoberLine = statement.invoices().get(0);
        var septemberLine = statement.invoices().get(1);
        assertThat(octoberLine.number()).isEqualTo("2026-000002");
        assertThat(octoberLine.previousBalance()).isEqualTo(Money.ofCents(8_640));
        assertThat(octoberLine.totalToPay()).isEqualTo(Money.ofCents(30_190));
        assertThat(octoberLine.remaining()).isEqualTo(Money.ofCents(21_550));
        assertThat(octoberLine.status()).isEqualTo(InvoiceStatus.UNPAID);
        assertThat(septemberLine.previousBalance()).isEqualTo(Money.ZERO);
        assertThat(septemberLine.paid()).isEqualTo(Money.ofCents(10_000));
        assertThat(septemberLine.remaining()).isEqualTo(Money.ofCents(8_640));
        assertThat(septemberLine.status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(statement.balance()).isEqualTo(Money.ofCents(30_190));
        assertThat(statement.owed()).isEqualTo(Money.ofCents(30_190));
        assertThat(statement.unpaidInvoices()).hasSize(2);
    }

    /** Issue 10: the October period paid by card, the September remainder still owed. */
    @Test
    void anInvoiceWhosePeriodIsPaidIsNotPaidWhileThePreviousBalanceItCarriesIsStillOwed() {
        var card = new LedgerStore.PaymentRow(9, LocalDate.of(2026, 11, 12), "CARD", 21_550, "PF1");
        var statement = StatementCalculator.compute(List.of(september, october), List.of(cheque, card),
                List.of(new LedgerStore.AllocationRow(7, 1, 10_000), new LedgerStore.AllocationRow(9, 2, 21_550)),
                List.of(), TODAY);

        var octoberLine = statement.invoices().get(0);
        assertThat(octoberLine.totalToPay()).isEqualTo(Money.ofCents(30_190));
        assertThat(octoberLine.remaining()).isEqualTo(Money.ZERO);
        assertThat(octoberLine.previousStillOwed()).isEqualTo(Money.ofCents(8_640));
        assertThat(octoberLine.stillToPay()).isEqualTo(Money.ofCents(8_640)).isEqualTo(statement.owed());
        assertThat(octoberLine.settledOfTotal()).isEqualTo(Money.ofCents(21_550));
        assertThat(octoberLine.settledOfTotal().plus(octoberLine.stillToPay())).isEqualTo(octoberLine.totalToPay());
        assertThat(octoberLine.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        // the home page's unpaid invoices add up to the balance: only September is left there
        assertThat(statement.unpaidInvoices()).extracting(InvoiceLine::number).containsExactly("2026-000001");

        var paidAll = StatementCalculator.compute(List.of(september, october), List.of(cheque, card,
                        new LedgerStore.PaymentRow(10, LocalDate.of(2026, 11, 13), "CHEQUE", 8_640, "n° 2")),
                List.of(new LedgerStore.AllocationRow(7, 1, 10_000), new LedgerStore.AllocationRow(9, 2, 21_550),
                        new LedgerStore.AllocationRow(10, 1, 8_640)), List.of(), TODAY);
        assertThat(paidAll.invoices()).allSatisfy(i -> {
            assertThat(i.stillToPay()).isEqualTo(Money.ZERO);
            assertThat(i.status()).isEqualTo(InvoiceStatus.PAID);
        });
    }

    @Test
    void anOverpaymentIsACredit() {
        var payment = new LedgerStore.PaymentRow(8, LocalDate.of(2026, 11, 10), "CESU", 25_000, null);
        var statement = StatementCalculator.compute(List.of(october), List.of(payment),
                List.of(new LedgerStore.AllocationRow(8, 2, 21_550)), List.of(), TODAY);

        assertThat(statement.balance()).isEqualTo(Money.ofCents(-3_450));
        assertThat(statement.credit()).isEqualTo(Money.ofCents(3_450));
        assertThat(statement.owed()).isEqualTo(Money.ZERO);
        assertThat(statement.unpaidInvoices()).isEmpty();
        assertThat(statement.payments().get(0).unallocated()).isEqualTo(Money.ofCents(3_450));
        assertThat(statement.payments().get(0).settled()).extracting(PaymentLine.Settlement::invoiceNumber)
                .containsExactly("2026-000002");
    }

    @Test
    void statusFollowsPaymentsAndTheDueDate() {
        assertThat(StatementCalculator.status(0, 100, TODAY, TODAY)).isEqualTo(InvoiceStatus.UNPAID);
        assertThat(StatementCalculator.status(50, 50, TODAY, TODAY)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(StatementCalculator.status(50, 50, TODAY.minusDays(1), TODAY)).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(StatementCalculator.status(100, 0, TODAY.minusDays(1), TODAY)).isEqualTo(InvoiceStatus.PAID);
    }
}
