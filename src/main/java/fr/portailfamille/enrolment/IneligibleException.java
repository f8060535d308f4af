package fr.portailfamille.enrolment;

/** The child cannot join that period (checked on the server even if the page offered it). */
class IneligibleException extends RuntimeException {

    private final Ineligibility reason;

    IneligibleException(Ineligibility reason) {
        super(reason.name());
        this.reason = reason;
    }

    Ineligibility reason() {
        return reason;
    }
}
