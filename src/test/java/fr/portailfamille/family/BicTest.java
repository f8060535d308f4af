package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamille.family.InvalidBankDetailsException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "BNPAFRPP, BNPAFRPP, FR",
            "BNPAFRPPXXX, BNPAFRPPXXX, FR",
            "AGRIFRPP882, AGRIFRPP882, FR",
            "DEUTDEFF, DEUTDEFF, DE",
            "DEUTDEFF500, DEUTDEFF500, DE",
            "COBADEFFXXX, COBADEFFXXX, DE",
            "NWBKGB2L, NWBKGB2L, GB",
            "GEBABEBB, GEBABEBB, BE",
            "UBSWCHZH80A, UBSWCHZH80A, CH",
            "bnpafrpp, BNPAFRPP, FR",
            "'  BNPA FR PP XXX ', BNPAFRPPXXX, FR",
    })
    void accepts_and_normalises_valid_bics(String raw, String expected, String country) {
        Bic bic = Bic.parse(raw);

        assertThat(bic.value()).isEqualTo(expected);
        assertThat(bic.countryCode()).isEqualTo(country);
        assertThat(bic).hasToString(expected).isEqualTo(Bic.parse(expected));
    }

    @Test
    void accepts_kosovo_country_code_used_by_swift() {
        assertThat(Bic.parse("RBKOXKPR").countryCode()).isEqualTo("XK");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "BNPAFRP",       // 7 characters
            "BNPAFRPPXX",    // 10 characters
            "BNPAFRPPXXXX",  // 12 characters
            "BNP1FRPP",      // digit in bank code
            "BNPAF1PP",      // digit in country code
            "BNPAZZPP",      // not an ISO 3166 country
            "BNPAFRP-",      // bad character in location code
            "BNPAFRPPXX_",   // bad character in branch code
            "BNPAFRPPÉÉÉ",   // non-ASCII letters
            "FR7630006000011234567890189",
    })
    void rejects_malformed_bics(String raw) {
        assertThatThrownBy(() -> Bic.parse(raw))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_BIC_FORMAT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejects_empty_bic(String raw) {
        assertThatThrownBy(() -> Bic.parse(raw))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void eight_and_eleven_character_forms_are_distinct_values() {
        assertThat(Bic.parse("BNPAFRPP")).isNotEqualTo(Bic.parse("BNPAFRPPXXX"));
    }
}
