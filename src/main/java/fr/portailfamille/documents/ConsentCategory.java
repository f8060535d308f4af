package fr.portailfamille.documents;

/** What a consent is about (label {@code consent-category.<NAME>}); image rights are flagged on attendance lists. */
public enum ConsentCategory {
    IMAGE, OUTING, TRANSPORT, EMERGENCY_CARE, OTHER;

    public String messageKey() {
        return "consent-category." + name();
    }
}
