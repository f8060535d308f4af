package fr.portailfamille.account;

import static fr.portailfamille.account.PasswordViolation.COMMON;
import static fr.portailfamille.account.PasswordViolation.COMMON_VARIANT;
import static fr.portailfamille.account.PasswordViolation.PERSONAL_NAME;
import static fr.portailfamille.account.PasswordViolation.SEQUENCE;
import static fr.portailfamille.account.PasswordViolation.TOWN_NAME;
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
        String twelve = "ciel vert 🏠🌳";     // 10 + 2 emoji = 12 code points, 14 UTF-16 units
        assertThat(twelve).hasSize(14);
        assertThat(policy.check(LOGIN, twelve)).isEmpty();

        String eleven = "ciel vert 🏠";       // 11 code points, 12 UTF-16 units
        assertThat(eleven).hasSize(12);
        assertThat(policy.check(LOGIN, eleven)).containsExactly(TOO_SHORT);

        StringBuilder emoji = new StringBuilder();
        for (int i = 0; i < 128; i++) {
            emoji.appendCodePoint(0x1F300 + 2 * i);     // 128 different pictures
        }
        assertThat(policy.check(LOGIN, emoji.toString())).isEmpty();
        assertThat(policy.check(LOGIN, emoji + "🌳")).containsExactly(TOO_LONG);
        assertThat(policy.check(LOGIN, "🌳🏠🚲🌻".repeat(3))).containsExactly(SEQUENCE);
    }

    @Test
    void lengthIsCountedAfterNfcNormalisation() {
        String decomposed = "e\u0301te\u0301 a\u0300 la\u0300";  // « été à là »: 9 characters after NFC, 13 before
        assertThat(policy.check(LOGIN, decomposed + " ou")).containsExactly(TOO_SHORT);
        assertThat(policy.check(LOGIN, decomposed + " oui")).isEmpty();
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
    void blockListLooksUpWholeFormsOnly() {
        // The list itself matches whole normalised forms (neither list contains "password1234", though both
        // contain "password"); the policy derives the variants to look up (next tests).
        CommonPasswords common = CommonPasswords.standard();
        assertThat(common.contains("password")).isTrue();
        assertThat(common.contains("password1234")).isFalse();
        assertThat(common.contains("my password")).isFalse();
        assertThat(common.containsCompact("motdepasse")).isTrue();
        assertThat(common.containsCompact("liberte")).isTrue();
    }

    // --- normalised look-up: one test per normalisation ----------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "motdepasse123",        // trailing digits (the example)
            "MotDePasse2026!",      // case, trailing digits and symbol
            "Azertyuiop!2026",      // a common password with a symbol and a year
            "!!2026soleil!!",       // leading and trailing decorations
            "m0td3p4ss3123",        // leetspeak, then digits
            "P@ssw0rd-2026",        // leetspeak with symbols
            "soleilsoleil",         // a common word typed twice
            "Chocolat 2026 !!"      // spaces count as separators
    })
    void commonPasswordsWithDecorationsAreRefusedAsVariants(String password) {
        assertThat(policy.check(LOGIN, password)).containsExactly(COMMON_VARIANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mot de passe", "MOT.DE.PASSE", "Azerty Uiop"})
    void spacesSeparatorsAndAccentsAreIgnoredForTheList(String password) {
        assertThat(policy.check(LOGIN, password)).contains(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "123456789012",     // the example: a digit run wrapping after 9
            "987654321098",     // descending
            "abcdefghijklm",    // letters in order
            "aaaaaaaaaaaa",     // one character repeated
            "abcabcabcabc",     // a short pattern repeated
            "121212121212",
            "aaaaaa123456",     // two runs
            "zzzzzzzzzzzz!!"    // a repetition with end decorations
    })
    void repetitionsAndRunsAreRefused(String password) {
        assertThat(policy.check(LOGIN, password)).contains(SEQUENCE);
    }

    @Test
    void personalNamesWithLittleElseAreRefused() {
        List<String> names = List.of("Claire Martin");
        assertThat(policy.check(LOGIN, names, "Martin2026!!!")).contains(PERSONAL_NAME); // and COMMON_VARIANT
        assertThat(policy.check(LOGIN, names, "ClaireMartin1985")).containsExactly(PERSONAL_NAME);
        assertThat(policy.check(LOGIN, names, "Claire Martin 2026!")).containsExactly(PERSONAL_NAME);
        // a passphrase that merely mentions them passes
        assertThat(policy.check(LOGIN, names, "Claire aime les pommes du verger")).isEmpty();
    }

    @Test
    void theTownsNameWithLittleElseIsRefused() {
        var town = PasswordPolicy.standard().withTownNames(() -> List.of("Ville de Val-Fleuri", "Val-Fleuri"));
        assertThat(town.check(LOGIN, "ValFleuri2026!")).containsExactly(TOWN_NAME);
        assertThat(town.check(LOGIN, "val-fleuri-val-fleuri")).containsExactly(TOWN_NAME);
        assertThat(town.check(LOGIN, "Nous habitons Val-Fleuri depuis 2010")).isEmpty();
    }

    /** The policy is not stricter than CNIL and OWASP ask: no composition rule, passphrases and random strings pass. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Une phrase de passe assez longue",     // the suite's fixture password
            "trois chats gris sur le toit",
            "Demo-Famille-2026", "Demo-Bernard-2026", "Demo-Petit-2026", "Demo-Agent-2026", "Demo-Admin-2026",
            "Xk9#mP2$qL7!",
            "739218460571",                          // twelve random digits: no rule against digits
            "ciel rouge 7",
            "le chêne vert pousse à l'été",
            "motdepasse de ma grand-mère"           // a common word inside a passphrase
    })
    void passphrasesAndRandomPasswordsPass(String password) {
        var town = PasswordPolicy.standard().withTownNames(() -> List.of("Ville de Val-Fleuri", "Val-Fleuri"));
        assertThat(town.check("demo.famille", List.of("Claire Martin"), password)).isEmpty();
    }

    @Test
    void variantsAreTheFormsLookedUp() {
        assertThat(PasswordVariants.compact("Mot de-Passe.Été")).isEqualTo("motdepasseete");
        assertThat(PasswordVariants.variants("m0td3p4ss3123")).contains("motdepasse");
        assertThat(PasswordVariants.variants("!!soleil2026")).contains("soleil");
        assertThat(PasswordVariants.leet("p@ssw0rd", 'i')).isEqualTo("password");
        assertThat(PasswordVariants.repeatedUnit("soleilsoleil")).isEqualTo("soleil");
        assertThat(PasswordVariants.isSimple("1234567890123")).isTrue();
        assertThat(PasswordVariants.isSimple("unephrasedepasse")).isFalse();
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
