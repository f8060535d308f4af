package fr.portailfamille.activities;

import fr.portailfamille.billing.BillingUnit;

/** What kind of activity it is (the label comes from {@code activity-kind.<NAME>}). */
public enum ActivityKind {
    ACCUEIL_LOISIRS, PERISCOLAIRE_MATIN, PERISCOLAIRE_SOIR, MERCREDI, RESTAURATION_SCOLAIRE;

    public String messageKey() {
        return "activity-kind." + name();
    }

    /**
     * What one reserved day of this kind is invoiced as: a day of accueil de loisirs (holidays or Wednesdays),
     * a morning or an evening of périscolaire, a school meal.
     */
    public BillingUnit billingUnit() {
        return switch (this) {
            case ACCUEIL_LOISIRS, MERCREDI -> BillingUnit.DAY;
            case PERISCOLAIRE_MATIN -> BillingUnit.MORNING_CARE;
            case PERISCOLAIRE_SOIR -> BillingUnit.EVENING_CARE;
            case RESTAURATION_SCOLAIRE -> BillingUnit.MEAL;
        };
    }
}
