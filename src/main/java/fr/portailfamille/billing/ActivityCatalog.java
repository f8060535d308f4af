package fr.portailfamille.billing;

import java.util.List;
import java.util.Optional;

/**
 * Port: the activities that can be priced and invoiced, keyed by a code. Billing owns the interface; the
 * activities module implements it (agents create activities there, not on the tariffs page).
 */
public interface ActivityCatalog {

    record Activity(String code, String label) {
    }

    List<Activity> activities();

    default Optional<Activity> activity(String code) {
        return activities().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The label of an activity, or its code when the catalog does not know it. */
    default String label(String code) {
        return activity(code).map(Activity::label).orElse(code);
    }
}
