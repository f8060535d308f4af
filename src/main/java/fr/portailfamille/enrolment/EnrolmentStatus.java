package fr.portailfamille.enrolment;

/** pending (request waiting) → active, or refused / withdrawn. */
public enum EnrolmentStatus {
    PENDING, ACTIVE, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "enrolment-status." + name();
    }

    boolean holds() {
        return this == PENDING || this == ACTIVE;
    }
}
