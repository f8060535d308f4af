package fr.portailfamille.documents;

/**
 * Who a document type is asked of (label {@code document-audience.<NAME>}, hint {@code .hint}): see
 * {@link AskedDocumentsPolicy}. Only what the family is shown and reminded of depends on it; an activity that
 * requires a type always checks it at enrolment or booking.
 */
public enum DocumentAudience {
    /** Every household (a household type) or every child (a per-child type): quotient familial, insurance. */
    ALL,
    /** Only a child enrolled, or asking to be, in an activity that requires the type (a household type: any child). */
    ACTIVITIES,
    /** Never counted as missing nor reminded: the family sends it when it applies (PAI, contre-indication). */
    IF_CONCERNED;

    public String messageKey() {
        return "document-audience." + name();
    }

    public String hintKey() {
        return messageKey() + ".hint";
    }
}
