package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamille.family.InvalidBankDetailsException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    private static final String FR_EXAMPLE = "FR76 3000 6000 0112 3456 7890 189";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "FR76 3000 6000 0112 3456 7890 189, FR, 27",
            "DE89 3704 0044 0532 0130 00, DE, 22",
            "GB82 WEST 1234 5698 7654 32, GB, 22",
            "BE68 5390 0754 7034, BE, 16",
            "NL91 ABNA 0417 1643 00, NL, 18",
            "ES91 2100 0418 4502 0005 1332, ES, 24",
            "IT60 X054 2811 1010 0000 0123 456, IT, 27",
            "CH93 0076 2011 6238 5295 7, CH, 21",
            "AT61 1904 3002 3457 3201, AT, 20",
            "LU28 0019 4006 4475 0000, LU, 20",
            "PT50 0002 0123 1234 5678 9015 4, PT, 25",
            "MC58 1122 2000 0101 2345 6789 030, MC, 27",
            "NO93 8601 1117 947, NO, 15",
            "IE29 AIBK 9311 5212 3456 78, IE, 22",
            "SE45 5000 0000 0583 9825 7466, SE, 24",
            "PL61 1090 1014 0000 0712 1981 2874, PL, 28",
            "DK50 0040 0440 1162 43, DK, 18",
            "FI21 1234 5600 0007 85, FI, 18",
            "MT84 MALT 0110 0001 2345 MTLC AST0 01S, MT, 31",
            "LC55 HEMM 0001 0001 0012 0012 0002 3015, LC, 32",
    })
    void accepts_published_example_ibans(String raw, String country, int length) {
        Iban iban = Iban.parse(raw);

        assertThat(iban.value()).isEqualTo(raw.replace(" ", "")).hasSize(length);
        assertThat(iban.countryCode()).isEqualTo(country);
        assertThat(iban.formatted()).isEqualTo(raw);
    }

    @Test
    void normalises_spaces_no_break_spaces_tabs_and_case() {
        Iban iban = Iban.parse("  fr76\u00a03000\u202f6000 0112\t3456 7890 189 ");

        assertThat(iban.value()).isEqualTo("FR7630006000011234567890189");
        assertThat(iban).isEqualTo(Iban.parse(FR_EXAMPLE)).hasSameHashCodeAs(Iban.parse(FR_EXAMPLE));
    }

    @Test
    void accepts_compact_input() {
        assertThat(Iban.parse("GB82WEST12345698765432").formatted()).isEqualTo("GB82 WEST 1234 5698 7654 32");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00a0"})
    void rejects_empty_input(String raw) {
        assertRejected(raw, Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR76-3000-6000-0112-3456-7890-189",
            "FR76 3000 6000 0112 3456 7890 18.",
            "FR76 3000 6000 0112 3456 7890 18é",
            "FR76 3000 6000 0112 3456 7890 18\u0661", // Arabic-Indic digit one
            "IBAN: FR76 3000 6000 0112 3456 7890 189",
    })
    void rejects_bad_characters(String raw) {
        assertRejected(raw, Reason.BAD_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "XX76 3000 6000 0112 3456 7890 189", // not a country
            "US64 SVBK US6S 3300 9673 8637",     // country without IBAN
            "RE76 3000 6000 0112 3456 7890 189", // overseas territories use the FR prefix
            "7630 0060 0011 2345 6789 0189",     // country code missing
            "F176 3000 6000 0112 3456 7890 189",
    })
    void rejects_unknown_country(String raw) {
        assertRejected(raw, Reason.UNKNOWN_COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR76 3000 6000 0112 3456 7890 18",   // one character missing
            "FR76 3000 6000 0112 3456 7890 1890", // one character too many
            "DE89 3704 0044 0532 0130 0",
            "BE68 5390 0754 7034 0",
            "F",
            "FR",
            "FR76",
    })
    void rejects_bad_length(String raw) {
        assertRejected(raw, Reason.BAD_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR76 3000 6000 0112 3456 7890 188", // last digit changed
            "FR67 3000 6000 0112 3456 7890 189", // check digits swapped
            "FR76 3000 6000 0112 3456 7809 189", // adjacent digits swapped
            "DE88 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 33",
            "GB82 WETS 1234 5698 7654 32",
            "FRAB 3000 6000 0112 3456 7890 189", // check digits are not digits
    })
    void rejects_bad_checksum(String raw) {
        assertRejected(raw, Reason.BAD_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "99"})
    void rejects_check_digits_outside_02_to_98(String checkDigits) {
        assertRejected("FR" + checkDigits + "30006000011234567890189", Reason.BAD_CHECKSUM);
    }

    @Test
    void rejects_check_digits_99_even_when_congruent_modulo_97_with_valid_02() {
        String bban = findFrenchBbanWhoseCheckDigitsAre02();

        assertThat(Iban.parse("FR02" + bban).value()).isEqualTo("FR02" + bban);
        assertThat(Iban.mod97("FR99" + bban)).as("99 is a mod-97 alias of 02").isEqualTo(1);
        assertRejected("FR99" + bban, Reason.BAD_CHECKSUM);
    }

    @Test
    void masks_everything_but_the_last_four_characters_keeping_the_grouping() {
        Iban iban = Iban.parse(FR_EXAMPLE);

        assertThat(iban.masked()).isEqualTo("**** **** **** **** **** ***0 189");
        assertThat(Iban.parse("BE68 5390 0754 7034").masked()).isEqualTo("**** **** **** 7034");
        assertThat(Iban.parse("NO93 8601 1117 947").masked()).isEqualTo("**** **** ***7 947");
    }

    @ParameterizedTest
    @ValueSource(strings = {FR_EXAMPLE, "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32"})
    void to_string_is_masked_and_never_reveals_the_iban(String raw) {
        Iban iban = Iban.parse(raw);
        String compact = iban.value();

        assertThat(iban.toString()).isEqualTo(iban.masked())
                .doesNotContain(compact)
                .doesNotContain(iban.formatted())
                .doesNotContain(compact.substring(0, compact.length() - 4))
                .doesNotContain(iban.countryCode());
        assertThat(iban.toString().replace(" ", ""))
                .startsWith("****")
                .endsWith(compact.substring(compact.length() - 4))
                .matches("\\*+[A-Z0-9]{4}");
    }

    @Test
    void exception_message_never_contains_the_submitted_value() {
        String wrong = "FR76 3000 6000 0112 3456 7890 188";

        assertThatThrownBy(() -> Iban.parse(wrong))
                .isInstanceOf(InvalidBankDetailsException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("3000")
                .doesNotContain("7890")
                .doesNotContain(wrong.replace(" ", ""));
    }

    @Test
    void registry_covers_the_main_sepa_countries() {
        assertThat(IbanRegistry.countryCount()).isGreaterThanOrEqualTo(85);
        assertThat(IbanRegistry.lengthOf("FR")).hasValue(27);
        assertThat(IbanRegistry.lengthOf("DE")).hasValue(22);
        assertThat(IbanRegistry.lengthOf("BE")).hasValue(16);
        assertThat(IbanRegistry.lengthOf("ES")).hasValue(24);
        assertThat(IbanRegistry.lengthOf("IT")).hasValue(27);
        assertThat(IbanRegistry.lengthOf("GB")).hasValue(22);
        assertThat(IbanRegistry.lengthOf("NL")).hasValue(18);
        assertThat(IbanRegistry.lengthOf("CH")).hasValue(21);
        assertThat(IbanRegistry.lengthOf("LU")).hasValue(20);
        assertThat(IbanRegistry.lengthOf("MC")).hasValue(27);
        assertThat(IbanRegistry.lengthOf("PT")).hasValue(25);
        assertThat(IbanRegistry.lengthOf("US")).isEmpty();
    }

    private static void assertRejected(String raw, Reason reason) {
        assertThatThrownBy(() -> Iban.parse(raw))
                .isInstanceOfSatisfying(InvalidBankDetailsException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String findFrenchBbanWhoseCheckDigitsAre02() {
        for (int n = 0; n < 10_000; n++) {
            String bban = String.format("300060000112345678%05d", n);
            if (Iban.mod97("FR02" + bban) == 1) {
                return bban;
            }
        }
        throw new AssertionError("no BBAN found");
    }
}
