package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import fr.portailfamille.shared.Money;

import org.junit.jupiter.api.Test;

class UnpaidBalanceRuleTest {

    static final Optional<Money> HUNDRED = Optional.of(Money.ofCents(10_000));

    @Test
    void noLimitNeverBlocks() {
        assertThat(UnpaidBalanceRule.check(Optional.empty(), Money.ofCents(1_000_000))).isEmpty();
    }

    @Test
    void blocksOnlyBeyondTheLimit() {
        assertThat(UnpaidBalanceRule.check(HUNDRED, Money.ofCents(10_000))).isEmpty();
        assertThat(UnpaidBalanceRule.check(HUNDRED, Money.ZERO)).isEmpty();
        assertThat(UnpaidBalanceRule.check(HUNDRED, Money.ofCents(10_001)))
                .contains(new UnpaidBalanceRule.Blocked(Money.ofCents(10_001), Money.ofCents(10_000)));
    }

    @Test
    void aZeroLimitBlocksAnyOverdueAmount() {
        assertThat(UnpaidBalanceRule.check(Optional.of(Money.ZERO), Money.ofCents(1))).isPresent();
        assertThat(UnpaidBalanceRule.check(Optional.of(Money.ZERO), Money.ZERO)).isEmpty();
    }
}
