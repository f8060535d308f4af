package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|1200", "12,5|1250", "12,50|1250", "12.05|1205", "1 234,56|123456",
            "0,01|1", "8,50 €|850"})
    void readsEurosAsCents(String text, long cents) {
        assertThat(MoneyInput.parseCents(text)).hasValue(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-3", "1,234", "1e3", "12,", ",5", "0.1.2"})
    void rejectsAnythingElse(String text) {
        assertThat(MoneyInput.parseCents(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1250,'12,50'", "5,'0,05'", "100,'1,00'"})
    void formatsForForms(long cents, String text) {
        assertThat(MoneyInput.format(cents)).isEqualTo(text);
    }
}
