package fr.portailfamille.activities;

/** What kind of activity it is (the label comes from {@code activity-kind.<NAME>}). */
public enum ActivityKind {
    ACCUEIL_LOISIRS, PERISCOLAIRE_MATIN, PERISCOLAIRE_SOIR, MERCREDI, RESTAURATION_SCOLAIRE;

    public String messageKey() {
        return "activity-kind." + name();
    }
}
