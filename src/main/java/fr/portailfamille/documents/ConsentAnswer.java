package fr.portailfamille.documents;

/** A guardian's answer to a consent (label {@code consent-answer.<NAME>}); only GIVEN counts as consent. */
public enum ConsentAnswer {
    GIVEN, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "consent-answer." + name();
    }
}
