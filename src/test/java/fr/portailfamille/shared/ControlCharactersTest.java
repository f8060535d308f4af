package fr.portailfamille.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    @Test
    void removesControlCharactersButKeepsTabsLineBreaksAndEveryPrintableCharacter() {
        assertThat(ControlCharacters.strip("a\u0000b\u0007c\u001bd\u007fe\u0085f")).isEqualTo("abcdef");
        assertThat(ControlCharacters.strip("ligne 1\r\nligne 2\tfin")).isEqualTo("ligne 1\r\nligne 2\tfin");
        assertThat(ControlCharacters.strip("Inès l’été — 12 € 😀")).isEqualTo("Inès l’été — 12 € 😀");
        assertThat(ControlCharacters.strip(null)).isNull();
    }

    @Test
    void returnsTheSameTextWhenThereIsNothingToRemove() {
        String clean = "Bonjour";
        assertThat(ControlCharacters.strip(clean)).isSameAs(clean);
    }
}
