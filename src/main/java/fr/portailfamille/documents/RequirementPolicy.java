package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an activity requires that a child lacks: a required document counts when one sent for it (for the child,
 * or for the household for a household document) is accepted and valid on the day; a required consent counts
 * only when its current answer is « given ».
 */
final class RequirementPolicy {

    private RequirementPolicy() {
    }

    static List<DocumentType> missingDocuments(long activityId, Collection<DocumentType> types,
                                               Collection<ProvidedDocument> sent, long childId, LocalDate day) {
        return types.stream().filter(t -> t.activityIds().contains(activityId))
                .filter(t -> sent.stream().noneMatch(d -> d.typeId() == t.id()
                        && Objects.equals(d.childId(), t.perChild() ? childId : null) && d.validOn(day)))
                .toList();
    }

    static List<ConsentType> missingConsents(long activityId, Collection<ConsentType> types,
                                             Map<Long, ConsentAnswer> current) {
        return types.stream().filter(t -> t.activityIds().contains(activityId))
                .filter(t -> current.get(t.id()) != ConsentAnswer.GIVEN).toList();
    }
}
