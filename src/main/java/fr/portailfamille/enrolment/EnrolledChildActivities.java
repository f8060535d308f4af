package fr.portailfamille.enrolment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.shared.ChildActivities;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities a household's children take part in or asked to join, for the documents module (which asks only the
 * pièces that concern them): accepted and pending enrolments in a period not over. Bookings and lottery requests need
 * an accepted enrolment first, so they add nothing.
 */
@Component
class EnrolledChildActivities implements ChildActivities {

    private final EnrolmentStore store;

    EnrolledChildActivities(EnrolmentStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> ofHousehold(long householdId, LocalDate today) {
        return store.activitiesByChild(householdId, today);
    }
}
