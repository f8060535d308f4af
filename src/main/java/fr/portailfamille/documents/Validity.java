package fr.portailfamille.documents;

/** How long an accepted document stays valid by default (label {@code document-validity.<NAME>}). */
public enum Validity {
    /** Until the end of the school year (31 August) of the day it is accepted. */
    SCHOOL_YEAR,
    /** A number of months from the day it is accepted. */
    MONTHS,
    /** No end. */
    NONE;

    public String messageKey() {
        return "document-validity." + name();
    }
}
