package fr.portailfamille.documents;

import java.util.Set;

/** What an agent sets on a consent. */
public record ConsentTypeSettings(String name, ConsentCategory category, String description, Set<Long> activityIds) {
}
