package fr.portailfamille.messaging;

import java.util.List;

/**
 * Port for "write to all the families enrolled in an activity". The messaging module does not know
 * activities or enrolments; the enrolment module implements this interface as a bean when it lands, and
 * the agents' "Écrire aux familles" page then offers the choice of an activity. Without an implementation
 * agents pick families one by one (search).
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
