package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.portailfamille.billing.ChildcarePaidInYear.Allocation;
import fr.portailfamille.billing.ChildcarePaidInYear.Credit;
import fr.portailfamille.billing.ChildcarePaidInYear.Invoice;

import org.junit.jupiter.api.Test;

class ChildcarePaidInYearTest {

    static final long LEA = 1;
    static final long TOM = 2;
    // 400,00 € with 200,00 € of childcare for Léa, 100,00 € for Tom and 100,00 € of meals
    static final Invoice NOVEMBER = new Invoice(10, 40_000, Map.of(LEA, 20_000L, TOM, 10_000L));

    @Test
    void anInvoicePaidInTwoInstalmentsAcross31DecemberCountsEachInItsYear() {
        var paid = List.of(new Allocation(10, LocalDate.of(2029, 12, 20), 10_000),
                new Allocation(10, LocalDate.of(2030, 1, 10), 30_000));
        assertThat(ChildcarePaidInYear.byChild(2029, List.of(NOVEMBER), paid, List.of()))
                .isEqualTo(Map.of(LEA, 5_000L, TOM, 2_500L));
        assertThat(ChildcarePaidInYear.byChild(2030, List.of(NOVEMBER), paid, List.of()))
                .isEqualTo(Map.of(LEA, 15_000L, TOM, 7_500L));
        assertThat(ChildcarePaidInYear.byChild(2031, List.of(NOVEMBER), paid, List.of())).isEmpty();
    }

    @Test
    void anUnpaidInvoiceCountsNothing() {
        assertThat(ChildcarePaidInYear.byChild(2030, List.of(NOVEMBER), List.of(), List.of())).isEmpty();
    }

    @Test
    void aCreditNoteIsDeductedAndOneIssuedAfterPaymentIsARefundOfItsYear() {
        var paidBefore = List.of(new Allocation(10, LocalDate.of(2030, 12, 1), 40_000));
        // credited 40,00 € before the payment: 360,00 € paid
        var before = List.of(new Credit(10, LocalDate.of(2030, 11, 30), 4_000));
        assertThat(ChildcarePaidInYear.byChild(2030, List.of(NOVEMBER), List.of(
                new Allocation(10, LocalDate.of(2030, 12, 1), 36_000)), before))
                .isEqualTo(Map.of(LEA, 18_000L, TOM, 9_000L));
        // paid in full in 2030, credited 40,00 € in 2031: 2030 keeps 400,00 €, 2031 gives back 40,00 €
        var after = List.of(new Credit(10, LocalDate.of(2031, 1, 5), 4_000));
        assertThat(ChildcarePaidInYear.byChild(2030, List.of(NOVEMBER), paidBefore, after))
                .isEqualTo(Map.of(LEA, 20_000L, TOM, 10_000L));
        assertThat(ChildcarePaidInYear.byChild(2031, List.of(NOVEMBER), paidBefore, after))
                .isEqualTo(Map.of(LEA, -2_000L, TOM, -1_000L));
    }

    @Test
    void anInvoiceWithoutChildcareLinesCountsNothing() {
        var mealsOnly = new Invoice(11, 5_000, Map.of());
        assertThat(ChildcarePaidInYear.byChild(2030, List.of(mealsOnly),
                List.of(new Allocation(11, LocalDate.of(2030, 3, 1), 5_000)), List.of())).isEmpty();
    }

    @Test
    void sharesAreRoundedHalfAwayFromZero() {
        assertThat(ChildcarePaidInYear.share(100, 1, 3)).isEqualTo(33);
        assertThat(ChildcarePaidInYear.share(100, 2, 3)).isEqualTo(67);
        assertThat(ChildcarePaidInYear.share(1, 1, 2)).isEqualTo(1);
        assertThat(ChildcarePaidInYear.share(-1, 1, 2)).isEqualTo(-1);
    }
}
