package fr.portailfamille.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchElisionTest {

    @Test
    void elidesBeforeAVowelOrAMuteH() {
        assertThat(FrenchElision.of("Inès")).isEqualTo("d'Inès");
        assertThat(FrenchElision.of("Émile")).isEqualTo("d'Émile");
        assertThat(FrenchElision.of("Hugo")).isEqualTo("d'Hugo");
        assertThat(FrenchElision.of("Yves")).isEqualTo("d'Yves");
        assertThat(FrenchElision.of("Océane")).isEqualTo("d'Océane");
    }

    @Test
    void keepsDeBeforeAConsonant() {
        assertThat(FrenchElision.of("Léa")).isEqualTo("de Léa");
        assertThat(FrenchElision.of("Yanis")).isEqualTo("de Yanis");
        assertThat(FrenchElision.of(" Zoé ")).isEqualTo("de Zoé");
        assertThat(FrenchElision.of("")).isEmpty();
        assertThat(FrenchElision.of(null)).isEmpty();
    }
}
