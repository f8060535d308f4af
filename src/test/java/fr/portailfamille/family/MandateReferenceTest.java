package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamille.family.InvalidBankDetailsException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MandateReferenceTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 9, 1);

    @Test
    void generates_documented_format() {
        MandateReference rum = MandateReference.generate(42, SIGNED, 1);

        assertThat(rum.value()).isEqualTo("PF-00000042-20250901-01");
        assertThat(rum).hasToString("PF-00000042-20250901-01");
    }

    @Test
    void generation_is_deterministic_and_distinguishes_household_date_and_sequence() {
        MandateReference rum = MandateReference.generate(42, SIGNED, 1);

        assertThat(MandateReference.generate(42, SIGNED, 1)).isEqualTo(rum).hasSameHashCodeAs(rum);
        assertThat(MandateReference.generate(43, SIGNED, 1)).isNotEqualTo(rum);
        assertThat(MandateReference.generate(42, SIGNED.plusDays(1), 1)).isNotEqualTo(rum);
        assertThat(MandateReference.generate(42, SIGNED, 2)).isNotEqualTo(rum);
    }

    @Test
    void generated_references_are_valid_even_for_extreme_arguments() {
        MandateReference longest = MandateReference.generate(Long.MAX_VALUE, LocalDate.of(9999, 12, 31), 99);

        assertThat(longest.value()).isEqualTo("PF-9223372036854775807-99991231-99").hasSizeLessThanOrEqualTo(35);
        assertThat(MandateReference.generate(123_456_789, SIGNED, 10).value()).isEqualTo("PF-123456789-20250901-10");
        assertThat(MandateReference.generate(1, LocalDate.of(2024, 2, 29), 99).value())
                .isEqualTo("PF-00000001-20240229-99");
        assertThat(MandateReference.of(longest.value())).isEqualTo(longest);
    }

    @Test
    void rejects_out_of_range_generation_arguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> MandateReference.generate(0, SIGNED, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> MandateReference.generate(-5, SIGNED, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> MandateReference.generate(42, SIGNED, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> MandateReference.generate(42, SIGNED, 100));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MandateReference.generate(42, LocalDate.of(10_000, 1, 1), 1));
        assertThatNullPointerException().isThrownBy(() -> MandateReference.generate(42, null, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PF-00000042-20250901-01",
            "A",
            "RUM 2025/0042",
            "abc-DEF/123?:().,'+ x",
            "12345678901234567890123456789012345", // exactly 35 characters
            "A/B/C",
    })
    void accepts_valid_existing_references(String raw) {
        assertThat(MandateReference.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void strips_surrounding_whitespace_but_keeps_case() {
        assertThat(MandateReference.of("  Rum-42 \n").value()).isEqualTo("Rum-42");
    }

    @Test
    void rejects_references_longer_than_35_characters() {
        assertBad("123456789012345678901234567890123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUM_42", "RUM#42", "RUM-é", "RUM*42", "RUM&42", "RUM\"42", "RUM\t42", "RUM;42", "RUM@42"})
    void rejects_characters_outside_the_sepa_charset(String raw) {
        assertBad(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/RUM42", "RUM42/", "/", "RUM//42", "//"})
    void rejects_leading_trailing_or_double_slashes(String raw) {
        assertBad(raw);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejects_empty_reference(String raw) {
        assertThatThrownBy(() -> MandateReference.of(raw))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    private static void assertBad(String raw) {
        assertThatThrownBy(() -> MandateReference.of(raw))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_MANDATE_REFERENCE));
    }
}
