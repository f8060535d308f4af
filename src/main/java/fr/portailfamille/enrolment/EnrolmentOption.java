package fr.portailfamille.enrolment;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;

/** An activity's period offered to a child, with the reason when the child cannot join it. */
public record EnrolmentOption(ActivityView activity, PeriodView period, Ineligibility reason) {

    public boolean eligible() {
        return reason == null;
    }
}
