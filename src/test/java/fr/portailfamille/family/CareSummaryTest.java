package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CareSummaryTest {

    @Test
    void allergiesAreJoinedWithoutBlanksAndCutForAList() {
        assertThat(CareSummary.shortAllergyText(null, "  ", "")).isEmpty();
        assertThat(CareSummary.shortAllergyText("Arachide", null, " Pollen\n de bouleau ")).isEqualTo("Arachide ; Pollen de bouleau");
        String cut = CareSummary.shortAllergyText("x".repeat(300));
        assertThat(cut).hasSize(CareSummary.SHORT_TEXT).endsWith("…");
    }

    @Test
    void onlyARealDietIsSpecial() {
        assertThat(summary("NONE").specialDiet()).isFalse();
        assertThat(summary(null).specialDiet()).isFalse();
        assertThat(summary("NO_PORK").specialDiet()).isTrue();
        assertThat(summary("NO_PORK").dietKey()).isEqualTo("option.diet.NO_PORK");
    }

    private static CareSummary summary(String diet) {
        return new CareSummary(1, true, false, "", false, diet, true, false, List.of());
    }
}
