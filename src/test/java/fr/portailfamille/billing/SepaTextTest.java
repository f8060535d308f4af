package fr.portailfamille.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Élodie Lefèvre           | Elodie Lefevre",
        "Hélène Ñúñez-Gómez       | Helene Nunez-Gomez",
        "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ         | AAACEEEEIIOOUUUY",
        "àâäçéèêëîïôöùûüÿ         | aaaceeeeiioouuuy",
        "Cœur Lætitia Æ Œ ß       | Coeur Laetitia AE OE ss",
        "L’Hôte — Saint‑Étienne   | L'Hote - Saint-Etienne",
        "Zoé & Noël <école> #3    | Zoe Noel ecole 3",
        "A/B-C?D:(E).F,G'H+I      | A/B-C?D:(E).F,G'H+I",
        "Tarif 10 € — ½ journée   | Tarif 10 - 1 2 journee",
    })
    void restrictsTextToTheSepaCharacterSet(String input, String expected) {
        assertThat(SepaText.sanitize(input, 140)).isEqualTo(expected);
    }

    @Test
    void replacesControlCharactersAndCollapsesSpaces() {
        assertThat(SepaText.sanitize("  tabs\tand\r\nnew   lines ", 140)).isEqualTo("tabs and new lines");
    }

    @Test
    void truncatesAfterTransliterating() {
        assertThat(SepaText.sanitize("Œuvre", 2)).isEqualTo("OE");
        assertThat(SepaText.sanitize("ab cd", 3)).isEqualTo("ab");
    }

    @Test
    void refusesTextThatIsEmptyOnceSanitised() {
        assertThatThrownBy(() -> SepaText.requireText("€ ☺ 中文", 70, "debtorName"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("debtorName");
    }

    @Test
    void checksIdentifiersWithoutAlteringThem() {
        assertThat(SepaText.requireIdentifier("RUM-2025/0042", "rum")).isEqualTo("RUM-2025/0042");
        for (String bad : new String[] {"", "A B", "RUMé", "/RUM", "RUM/", "RUM//1", "X".repeat(36)}) {
            assertThatThrownBy(() -> SepaText.requireIdentifier(bad, "rum"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
