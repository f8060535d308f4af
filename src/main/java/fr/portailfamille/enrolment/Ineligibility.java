package fr.portailfamille.enrolment;

/** Why a child cannot join an activity's period (label {@code ineligible.<NAME>}). */
public enum Ineligibility {
    AGE, DATES, ALREADY_ENROLLED, RECORD_INCOMPLETE,
    /** A document the activity requires before enrolment is missing or not valid (documents module). */
    DOCUMENTS_MISSING;

    public String messageKey() {
        return "ineligible." + name();
    }
}
