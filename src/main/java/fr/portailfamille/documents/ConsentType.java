package fr.portailfamille.documents;

import java.util.Set;

/** A consent the town asks for (one specific use for image rights), and the activities that require it. */
public record ConsentType(long id, String name, ConsentCategory category, String description, Set<Long> activityIds) {
}
