package fr.portailfamille.enrolment;

import fr.portailfamille.activities.ActivityView;

/** The child cannot join that period (checked on the server even if the page offered it). */
class IneligibleException extends RuntimeException {

    private final Ineligibility reason;
    private final transient ActivityView activity;

    private final transient java.util.List<fr.portailfamille.documents.MissingRequirement> missing;

    IneligibleException(Ineligibility reason, ActivityView activity) {
        this(reason, activity, java.util.List.of());
    }

    IneligibleException(Ineligibility reason, ActivityView activity,
                        java.util.List<fr.portailfamille.documents.MissingRequirement> missing) {
        super(reason.name());
        this.reason = reason;
        this.activity = activity;
        this.missing = missing;
    }

    /** The documents to provide, for {@link Ineligibility#DOCUMENTS_MISSING}. */
    java.util.List<fr.portailfamille.documents.MissingRequirement> missing() {
        return missing;
    }

    Ineligibility reason() {
        return reason;
    }

    /** The activity asked for: its age range fills the message of {@link Ineligibility#AGE}. */
    ActivityView activity() {
        return activity;
    }
}
