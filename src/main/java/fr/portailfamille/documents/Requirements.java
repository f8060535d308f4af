package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.family.Households;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What enrolment and the agenda ask before letting a child in: the documents an activity requires (before
 * enrolment or before booking, the agent's choice per activity) and the consents it requires (before booking).
 * Empty when nothing is missing.
 */
@Service
@Transactional(readOnly = true)
public class Requirements {

    private final Documents documents;
    private final Consents consents;
    private final Households households;

    Requirements(Documents documents, Consents consents, Households households) {
        this.documents = documents;
        this.consents = consents;
        this.households = households;
    }

    /** What the child lacks to ask for an enrolment in the activity (documents valid on {@code day}). */
    public List<MissingRequirement> beforeEnrolment(long householdId, long childId, long activityId, LocalDate day) {
        households.child(householdId, childId);
        if (!documents.requiresAnything(activityId) || documents.moment(activityId) != DocumentMoment.ENROLMENT) {
            return List.of();
        }
        return missingDocuments(householdId, childId, activityId, day);
    }

    /** What the child lacks to book a day of the activity (documents valid on {@code day}, consents given). */
    public List<MissingRequirement> beforeBooking(long householdId, long childId, long activityId, LocalDate day) {
        if (!documents.requiresAnything(activityId)) {
            return List.of(); // the common case, one read: the caller has checked the child already or will
        }
        households.child(householdId, childId);
        var missing = new ArrayList<MissingRequirement>();
        if (documents.moment(activityId) == DocumentMoment.BOOKING) {
            missing.addAll(missingDocuments(householdId, childId, activityId, day));
        }
        for (var consent : RequirementPolicy.missingConsents(activityId, consents.types(),
                consents.currentAnswers(childId))) {
            missing.add(new MissingRequirement(MissingRequirement.Kind.CONSENT, consent.id(), consent.name(),
                    "/enfants/" + childId + "/consentements#consentement-" + consent.id(), false));
        }
        return missing;
    }

    /** Pièces à fournir, with the document listed even when the family is not asked it yet (not enrolled). */
    private static String link(DocumentType type, long childId) {
        return "/pieces?piece=" + type.id() + (type.perChild() ? "&enfant=" + childId : "") + "#"
                + DocumentLine.anchor(type.id(), type.perChild() ? childId : null);
    }

    private List<MissingRequirement> missingDocuments(long householdId, long childId, long activityId,
                                                      LocalDate day) {
        return RequirementPolicy.missingDocuments(activityId, documents.types(), documents.sent(householdId), childId,
                day).stream().map(t -> new MissingRequirement(MissingRequirement.Kind.DOCUMENT, t.id(), t.name(),
                        link(t, childId), t.health()))
                .toList();
    }
}
