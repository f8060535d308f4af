package fr.portailfamille.documents;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which documents a family is asked for (issue 13), the one rule behind Pièces à fournir, the Accueil card, the child
 * page and the expiry reminders. For one type and one child (or the household, {@code childId} null):
 * <ul>
 * <li>{@link DocumentAudience#ALL}: asked;</li>
 * <li>{@link DocumentAudience#ACTIVITIES}: asked when the child (for a household type: any child of the household)
 * is enrolled, or asks to be, in an activity that requires the type; otherwise shown apart, uncounted, once the
 * family has sent something for it (a document sent before an enrolment, a refusal to read), else not shown;</li>
 * <li>{@link DocumentAudience#IF_CONCERNED}: always shown apart, never counted as missing nor reminded.</li>
 * </ul>
 * A document the family came to provide from a requirement's link (an enrolment refused for it) is asked whatever
 * its audience. The checks at enrolment and booking do not use this: an activity always checks what it requires.
 */
final class AskedDocumentsPolicy {

    /** Where a document shows. */
    enum Verdict {
        /** Listed, counted on Accueil and the child page, reminded before its end. */
        ASKED,
        /** Listed apart (« seulement si votre enfant est concerné »): the family may send it; nothing counts it. */
        OPTIONAL,
        /** Not shown. */
        HIDDEN
    }

    private AskedDocumentsPolicy() {
    }

    /**
     * @param childId            the child, or null for a household type
     * @param activitiesByChild  the activities each child of the household takes part in or asked to join
     * @param state              the document's state from what the family sent
     * @param requested          whether the family came from a requirement's link for this very document
     */
    static Verdict of(DocumentType type, Long childId, Map<Long, ? extends Collection<Long>> activitiesByChild,
                      DocumentState state, boolean requested) {
        if (requested) {
            return Verdict.ASKED;
        }
        return switch (type.audience()) {
            case ALL -> Verdict.ASKED;
            case IF_CONCERNED -> Verdict.OPTIONAL;
            case ACTIVITIES -> concerned(type, childId, activitiesByChild) ? Verdict.ASKED
                    : state == DocumentState.MISSING ? Verdict.HIDDEN : Verdict.OPTIONAL;
        };
    }

    /** Whether the child (any child, for a household type) takes part in an activity requiring the type. */
    static boolean concerned(DocumentType type, Long childId, Map<Long, ? extends Collection<Long>> activitiesByChild) {
        if (type.activityIds().isEmpty()) {
            return false;
        }
        if (childId != null) {
            return intersects(type.activityIds(), activitiesByChild.get(childId));
        }
        return activitiesByChild.values().stream().anyMatch(a -> intersects(type.activityIds(), a));
    }

    private static boolean intersects(Set<Long> required, Collection<Long> activities) {
        return activities != null && activities.stream().anyMatch(required::contains);
    }
}
