package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaAmountTest {

    @ParameterizedTest(name = "{0} cents -> {1}")
    @CsvSource({
        "1,          0.01",
        "100,        1.00",
        "123456789,  1234567.89",
        "12345,      123.45",
        "10,         0.10",
        "0,          0.00",
        "103450,     1034.50",
        "9223372036854775807, 92233720368547758.07",
    })
    void formatsCentsWithTwoDecimals(long cents, String expected) {
        assertThat(SepaAmount.format(cents)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> SepaAmount.format(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
