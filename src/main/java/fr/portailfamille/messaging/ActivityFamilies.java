package fr.portailfamille.messaging;

import java.util.List;

/**
 * Port for "write to all the families enrolled in an activity": the agents' "Écrire aux familles" page offers
 * the choice of an activity. Implemented by {@link EnrolledFamilies} from the enrolment module.
 */
public interface ActivityFamilies {

    /** The activities agents can write about, in the order to show them. */
    List<ActivityChoice> activities();

    /** The households with at least one child enrolled in this activity (each once). */
    List<Long> householdsEnrolledIn(long activityId);

    /** An activity as the recipients' list shows it. */
    record ActivityChoice(long id, String label) {
    }
}
