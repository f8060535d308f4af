package fr.portailfamille.enrolment;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.documents.MissingRequirement;

/**
 * An activity's period offered to a child, with the reason when the child cannot join it and, for
 * {@link Ineligibility#DOCUMENTS_MISSING}, the documents to provide.
 */
public record EnrolmentOption(ActivityView activity, PeriodView period, Ineligibility reason,
                              java.util.List<MissingRequirement> missing) {

    public EnrolmentOption(ActivityView activity, PeriodView period, Ineligibility reason) {
        this(activity, period, reason, java.util.List.of());
    }

    public boolean eligible() {
        return reason == null;
    }
}
