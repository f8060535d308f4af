package fr.portailfamille.account;

import static fr.portailfamille.account.PasswordViolation.COMMON;
import static fr.portailfamille.account.PasswordViolation.CONTAINS_LOGIN;
import static fr.portailfamille.account.PasswordViolation.TOO_LONG;
import static fr.portailfamille.account.PasswordViolation.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String LOGIN = "demo.famille";

    private final PasswordPolicy policy = PasswordPolicy.standard();

    /** A string of exactly {@code count} code points, none of them forming a common password. */
    private static String ofLength(int count) {
        String pattern = "Un grand pré vert, ";
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < count) {
            sb.append(pattern);
        }
        return sb.substring(0, sb.offsetByCodePoints(0, count));
    }

    // --- length -------------------------------------------------------------------------------------------

    @Test
    void elevenCharactersAreTooShort() {
        assertThat("Tr0uv3-m01!").hasSize(11);
        assertThat(policy.check(LOGIN, "Tr0uv3-m01!")).containsExactly(TOO_SHORT);
        assertThat(policy.isCompliant(LOGIN, "Tr0uv3-m01!")).isFalse();
    }

    @Test
    void exactlyTwelveCharactersAreAccepted() {
        assertThat("ciel rouge 7").hasSize(12);
        assertThat(policy.check(LOGIN, "ciel rouge 7")).isEmpty();
        assertThat(policy.isCompliant(LOGIN, "ciel rouge 7")).isTrue();
    }

    @Test
    void exactly128CharactersAreAccepted() {
        String password = ofLength(128);
        assertThat(password.codePointCount(0, password.length())).isEqualTo(128);
        assertThat(policy.check(LOGIN, password)).isEmpty();
    }

    @Test
    void oneHundredTwentyNineCharactersAreTooLong() {
        String password = ofLength(129);
        assertThat(policy.check(LOGIN, password)).containsExactly(TOO_LONG);
        assertThat(policy.isCompliant(LOGIN, password)).isFalse();
    }

    @Test
    void hugeInputIsRefusedAsTooLong() {
        assertThat(policy.check(LOGIN, "a".repeat(1_000_000))).containsExactly(TOO_LONG);
    }

    @Test
    void nullOrEmptyPasswordIsTooShort() {
        assertThat(policy.check(LOGIN, null)).containsExactly(TOO_SHORT);
        assertThat(policy.check(LOGIN, "")).containsExactly(TOO_SHORT);
    }

    // --- Unicode --------------------------------------------------------------------------------------------

    @Test
    void spacesAndAccentsAreAccepted() {
        assertThat(policy.check(LOGIN, "le chêne vert pousse à l'été")).isEmpty();
        assertThat(policy.check(LOGIN, "   espaces    autour   ")).isEmpty();
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String twelve = "ma maison 🏠🌳";     // 10 + 2 emoji = 12 code points, 14 UTF-16 units
        assertThat(twelve).hasSize(14);
        assertThat(policy.check(LOGIN, twelve)).isEmpty();

        String eleven = "ma maison 🏠";       // 11 code points, 12 UTF-16 units
        assertThat(eleven).hasSize(12);
        assertThat(policy.check(LOGIN, eleven)).containsExactly(TOO_SHORT);

        assertThat(policy.check(LOGIN, "🌳".repeat(128))).isEmpty();
        assertThat(policy.check(LOGIN, "🌳".repeat(129))).containsExactly(TOO_LONG);
    }

    @Test
    void lengthIsCountedAfterNfcNormalisation() {
        String decomposedE = "e\u0301";             // é as e + combining acute accent: one character after NFC
        assertThat(policy.check(LOGIN, decomposedE.repeat(11))).containsExactly(TOO_SHORT);
        assertThat(policy.check(LOGIN, decomposedE.repeat(12))).isEmpty();
    }

    // --- common passwords -----------------------------------------------------------------------------------

    /** Entries of at least 12 characters, checked with grep -x in the shipped lists. */
    @ParameterizedTest
    @ValueSource(strings = {
            "unbelievable",     // common-10k.txt
            "azertyuiop123",    // french-top20000.txt
            "lavieestbelle",    // french-top20000.txt
            "mamanjetaime",     // french-top20000.txt
            "q1w2e3r4t5y6",     // french-top20000.txt
            "AZERTYUIOP123",    // case-insensitive
            " lavieestbelle "   // surrounding white space ignored for the block-list
    })
    void commonPasswordsOfValidLengthAreRefused(String password) {
        assertThat(policy.check(LOGIN, password)).containsExactly(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"azertyuiop", "motdepasse", "password", "Password"})
    void shortCommonPasswordsReportBothViolations(String password) {
        assertThat(policy.check(LOGIN, password)).containsExactly(TOO_SHORT, COMMON);
    }

    @Test
    void blockListMatchIsOnTheNfcLowerCaseForm() {
        // "liberté" is in french-top20000.txt; here typed upper case with a decomposed accent
        assertThat(CommonPasswords.standard().contains("LIBERTE\u0301")).isTrue();
    }

    @Test
    void blockListUsesExactMatchOnly() {
        // Documented semantics: variants that are not list entries themselves are not caught
        // (neither list contains "password1234", though both contain "password").
        CommonPasswords common = CommonPasswords.standard();
        assertThat(common.contains("password")).isTrue();
        assertThat(common.contains("password1234")).isFalse();
        assertThat(common.contains("my password")).isFalse();
    }

    @Test
    void bothListsAreLoadedWithAtLeastTenThousandDistinctEntries() {
        CommonPasswords common = CommonPasswords.standard();
        assertThat(common.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(common.contains("unbelievable")).isTrue();  // only in common-10k.txt
        assertThat(common.contains("mamanjetaime")).isTrue();  // only in french-top20000.txt
        assertThat(common.contains("")).isFalse();
        assertThat(common.contains("   ")).isFalse();
        assertThat(CommonPasswords.standard()).isSameAs(common);
    }

    @Test
    void blockListIgnoresBlankEntries() {
        CommonPasswords common = CommonPasswords.of(List.of("", "  ", "Soleil", "soleil "));
        assertThat(common.size()).isEqualTo(1);
        assertThat(common.contains("SOLEIL")).isTrue();
    }

    // --- login ----------------------------------------------------------------------------------------------

    @Test
    void passwordContainingTheLoginIsRefusedIgnoringCase() {
        assertThat(policy.check("demo.famille", "MaDemo.Famille-2026!")).containsExactly(CONTAINS_LOGIN);
    }

    @Test
    void passwordEqualToTheLoginIsRefused() {
        assertThat(policy.check("famille.dupont-2026", "famille.dupont-2026")).containsExactly(CONTAINS_LOGIN);
        assertThat(policy.check("famille.dupont-2026", "Famille.Dupont-2026")).containsExactly(CONTAINS_LOGIN);
    }

    @Test
    void loginComparisonIgnoresAccents() {
        assertThat(policy.check("hélène.martin", "Bonjour Helene.Martin 2026")).containsExactly(CONTAINS_LOGIN);
        assertThat(policy.check("helene.martin", "HÉLÈNE.MARTIN et ses enfants")).containsExactly(CONTAINS_LOGIN);
    }

    @Test
    void missingLoginSkipsTheLoginRule() {
        assertThat(policy.check(null, "MaDemo.Famille-2026!")).isEmpty();
        assertThat(policy.check("  ", "MaDemo.Famille-2026!")).isEmpty();
    }

    @Test
    void allViolationsAreReported() {
        assertThat(policy.check("azerty", "azertyuiop")).containsExactly(TOO_SHORT, COMMON, CONTAINS_LOGIN);
    }

    // --- messages -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"i18n/account.properties", "i18n/account_en.properties"})
    void everyMessageKeyHasAText(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(messages.getProperty(PasswordPolicy.HELP_MESSAGE_KEY)).isNotBlank();
        for (PasswordViolation violation : PasswordViolation.values()) {
            assertThat(messages.getProperty(violation.messageKey())).as(violation.messageKey()).isNotBlank();
        }
    }

    @Test
    void frenchTextsAreTheExpectedOnes() throws IOException {
        Properties fr = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/account.properties")) {
            fr.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(fr.getProperty(TOO_SHORT.messageKey()))
                .isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");
        assertThat(fr.getProperty(COMMON.messageKey()))
                .isEqualTo("Ce mot de passe fait partie des plus courants : choisissez-en un autre.");
        assertThat(TOO_SHORT.messageKey()).isEqualTo("password.violation.too-short");
    }
}
