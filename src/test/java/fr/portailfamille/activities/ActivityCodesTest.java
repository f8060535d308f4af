package fr.portailfamille.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import fr.portailfamille.billing.BillingUnit;

import org.junit.jupiter.api.Test;

class ActivityCodesTest {

    @Test
    void theCodeIsTheNameInCapitalsWithoutAccentsNorPunctuation() {
        assertThat(ActivityCodes.fromName("Croc'Vacances")).isEqualTo("CROC-VACANCES");
        assertThat(ActivityCodes.fromName("  Été à l'île — 6/11 ans ")).isEqualTo("ETE-A-L-ILE-6-11-ANS");
        assertThat(ActivityCodes.fromName("!!!")).isEqualTo("ACTIVITE");
    }

    @Test
    void aLongNameIsCutToFortyCharactersWithoutATrailingDash() {
        String code = ActivityCodes.fromName("Accueil de loisirs élémentaire des petites vacances scolaires");
        assertThat(code).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").startsWith("ACCUEIL-DE-LOISIRS");
    }

    @Test
    void aTakenCodeGetsTheFirstFreeSuffix() {
        var taken = Set.of("CROC-VACANCES", "CROC-VACANCES-2");
        assertThat(ActivityCodes.unique("Croc Vacances", taken::contains)).isEqualTo("CROC-VACANCES-3");
        assertThat(ActivityCodes.unique("Espace Ados", taken::contains)).isEqualTo("ESPACE-ADOS");
        String forty = "A".repeat(40);
        assertThat(ActivityCodes.unique(forty, Set.of(forty)::contains)).hasSize(40).endsWith("-2");
    }

    @Test
    void eachKindIsBilledInItsUnit() {
        assertThat(ActivityKind.ACCUEIL_LOISIRS.billingUnit()).isEqualTo(BillingUnit.DAY);
        assertThat(ActivityKind.MERCREDI.billingUnit()).isEqualTo(BillingUnit.DAY);
        assertThat(ActivityKind.PERISCOLAIRE_MATIN.billingUnit()).isEqualTo(BillingUnit.MORNING_CARE);
        assertThat(ActivityKind.PERISCOLAIRE_SOIR.billingUnit()).isEqualTo(BillingUnit.EVENING_CARE);
        assertThat(ActivityKind.RESTAURATION_SCOLAIRE.billingUnit()).isEqualTo(BillingUnit.MEAL);
    }
}
