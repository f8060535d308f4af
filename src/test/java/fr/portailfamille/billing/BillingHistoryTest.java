package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import fr.portailfamille.shared.Money;

import org.junit.jupiter.api.Test;

class BillingHistoryTest {

    @Test
    void unpaidIsWhatIsLeftPastTheDueDateByDaysLate() {
        var owed = List.of(new BillingHistory.Owed(1, LocalDate.of(2026, 1, 10), 10_000),
                new BillingHistory.Owed(2, LocalDate.of(2026, 3, 10), 5_000));
        var settled = List.of(new BillingHistory.Settled(1, LocalDate.of(2026, 2, 20), 3_000),
                new BillingHistory.Settled(2, LocalDate.of(2026, 3, 1), 5_000));
        assertThat(BillingHistory.unpaidOn(LocalDate.of(2026, 1, 9), owed, settled).total()).isEqualTo(Money.ZERO);
        assertThat(BillingHistory.unpaidOn(LocalDate.of(2026, 2, 9), owed, settled))
                .isEqualTo(new UnpaidByAge(LocalDate.of(2026, 2, 9), Money.ofCents(10_000), Money.ZERO, Money.ZERO));
        assertThat(BillingHistory.unpaidOn(LocalDate.of(2026, 3, 1), owed, settled).upTo60())
                .isEqualTo(Money.ofCents(7_000));
        assertThat(BillingHistory.unpaidOn(LocalDate.of(2026, 3, 31), owed, settled))
                .isEqualTo(new UnpaidByAge(LocalDate.of(2026, 3, 31), Money.ZERO, Money.ZERO, Money.ofCents(7_000)));
    }

    @Test
    void monthsWithoutMovementShowZeroAndTheLastMonthEndsToday() {
        var months = BillingHistory.monthly(YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                Map.of(YearMonth.of(2026, 2), 500L), Map.of());
        assertThat(months).extracting(MonthlyBilling::invoiced)
                .containsExactly(Money.ZERO, Money.ofCents(500), Money.ZERO);
        assertThat(BillingHistory.monthEnds(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 4))).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 4));
        assertThat(BillingHistory.monthEnds(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1),
                LocalDate.of(2026, 3, 4))).isEmpty();
    }
}
