package fr.portailfamille.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void formatsTheFrenchWay() {
        assertThat(Money.ofCents(123_456).format()).isEqualTo("1\u00a0234,56\u00a0€");
        assertThat(Money.ofCents(5).format()).isEqualTo("0,05\u00a0€");
        assertThat(Money.ofCents(100).format()).isEqualTo("1,00\u00a0€");
        assertThat(Money.ofCents(-8_640).format()).isEqualTo("-86,40\u00a0€");
        assertThat(Money.ofCents(123_456_789_00L).format()).isEqualTo("123\u00a0456\u00a0789,00\u00a0€");
    }

    @Test
    void arithmeticStaysInCents() {
        assertThat(Money.ofCents(18_640).minus(Money.ofCents(10_000)).plus(Money.ofCents(21_550)))
                .isEqualTo(Money.ofCents(30_190));
        assertThat(Money.ofCents(-5).abs()).isEqualTo(Money.ofCents(5));
        assertThat(Money.min(Money.ofCents(3), Money.ofCents(2))).isEqualTo(Money.ofCents(2));
    }
}
