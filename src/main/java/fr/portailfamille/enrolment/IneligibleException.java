package fr.portailfamille.enrolment;

import fr.portailfamille.activities.ActivityView;

/** The child cannot join that period (checked on the server even if the page offered it). */
class IneligibleException extends RuntimeException {

    private final Ineligibility reason;
    private final transient ActivityView activity;

    IneligibleException(Ineligibility reason, ActivityView activity) {
        super(reason.name());
        this.reason = reason;
        this.activity = activity;
    }

    Ineligibility reason() {
        return reason;
    }

    /** The activity asked for: its age range fills the message of {@link Ineligibility#AGE}. */
    ActivityView activity() {
        return activity;
    }
}
