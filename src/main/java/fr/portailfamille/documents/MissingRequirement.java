package fr.portailfamille.documents;

/**
 * A document or consent an activity requires that the child (or household) does not have: its name and the page
 * where the family provides it. {@code health}: the name is health data and stays off logs.
 */
public record MissingRequirement(Kind kind, long typeId, String name, String link, boolean health) {

    public enum Kind {
        DOCUMENT, CONSENT
    }

    /** Label {@code requirement-missing.<KIND>}: « Pièce à fournir : … », « Autorisation à donner : … ». */
    public String messageKey() {
        return "requirement-missing." + kind.name();
    }
}
