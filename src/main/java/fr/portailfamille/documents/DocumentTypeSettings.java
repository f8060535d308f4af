package fr.portailfamille.documents;

import java.util.Set;

/** What an agent sets on a document type. */
public record DocumentTypeSettings(String name, DocumentScope scope, DocumentAudience audience, Validity validity,
                                   Integer months, boolean health, Set<Long> activityIds) {
}
