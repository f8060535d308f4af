package fr.portailfamille.documents;

/** When an activity checks the documents it requires (label {@code document-moment.<NAME>}). */
public enum DocumentMoment {
    /** Before the enrolment is asked: a child without the documents cannot ask to join. */
    ENROLMENT,
    /** Before each booking: the child may be enrolled, days are refused until the documents are valid. */
    BOOKING;

    public String messageKey() {
        return "document-moment." + name();
    }
}
