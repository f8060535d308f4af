package fr.portailfamille.shared;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The activities each child of a household takes part in or asks to, for the modules that cannot depend on the
 * enrolment module (it depends on them): the documents module asks only the pièces that concern a child. Owned by
 * its caller's needs, implemented by the enrolment module.
 */
public interface ChildActivities {

    /**
     * By child id, the activities the child is enrolled in (accepted) or has asked to be (waiting for an agent) for a
     * period not over on {@code today}; a child with none is absent. One query for the household.
     */
    Map<Long, Set<Long>> ofHousehold(long householdId, LocalDate today);
}
