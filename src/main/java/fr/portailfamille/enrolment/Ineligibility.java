package fr.portailfamille.enrolment;

/** Why a child cannot join an activity's period (label {@code ineligible.<NAME>}). */
public enum Ineligibility {
    AGE, DATES, ALREADY_ENROLLED, RECORD_INCOMPLETE;

    public String messageKey() {
        return "ineligible." + name();
    }
}
