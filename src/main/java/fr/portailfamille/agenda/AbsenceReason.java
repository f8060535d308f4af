package fr.portailfamille.agenda;

/** Maladie, convenance personnelle, autre. */
public enum AbsenceReason {
    ILLNESS, PERSONAL, OTHER;

    public String messageKey() {
        return "absence-reason." + name();
    }
}
