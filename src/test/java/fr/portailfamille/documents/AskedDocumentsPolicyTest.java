package fr.portailfamille.documents;

import static fr.portailfamille.documents.AskedDocumentsPolicy.Verdict.ASKED;
import static fr.portailfamille.documents.AskedDocumentsPolicy.Verdict.HIDDEN;
import static fr.portailfamille.documents.AskedDocumentsPolicy.Verdict.OPTIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import fr.portailfamille.documents.AskedDocumentsPolicy.Verdict;

import org.junit.jupiter.api.Test;

/** Which documents a family is asked for: audience × per child or household × enrolled or not, two children. */
class AskedDocumentsPolicyTest {

    private static final long CAMP = 7;
    private static final long TEENS = 8;
    private static final long POOL = 9;
    private static final long HUGO = 20;
    private static final long INES = 21;

    /** Hugo goes to the camp, Inès to nothing (she is absent, as the enrolment module answers for her). */
    private static final Map<Long, Set<Long>> HUGO_AT_CAMP = Map.of(HUGO, Set.of(CAMP));
    private static final Map<Long, Set<Long>> NOBODY = Map.of();

    private static DocumentType type(DocumentScope scope, DocumentAudience audience, Long... activities) {
        return new DocumentType(1, "Pièce", scope, audience, Validity.SCHOOL_YEAR, null, false, Set.of(activities));
    }

    private static Verdict of(DocumentType type, Long child, Map<Long, Set<Long>> concern, DocumentState state) {
        return AskedDocumentsPolicy.of(type, child, concern, state, false);
    }

    @Test
    void allIsAskedOfEveryChildAndEveryHouseholdEnrolledOrNot() {
        var perChild = type(DocumentScope.CHILD, DocumentAudience.ALL);
        assertThat(of(perChild, HUGO, HUGO_AT_CAMP, DocumentState.MISSING)).isEqualTo(ASKED);
        assertThat(of(perChild, INES, HUGO_AT_CAMP, DocumentState.MISSING)).isEqualTo(ASKED);
        assertThat(of(perChild, INES, NOBODY, DocumentState.VALID)).isEqualTo(ASKED);
        var household = type(DocumentScope.HOUSEHOLD, DocumentAudience.ALL, CAMP);
        assertThat(of(household, null, NOBODY, DocumentState.MISSING)).as("its activities change nothing")
                .isEqualTo(ASKED);
    }

    @Test
    void activitiesIsAskedOnlyOfAChildInAnActivityRequiringIt() {
        var insurance = type(DocumentScope.CHILD, DocumentAudience.ACTIVITIES, CAMP, TEENS);
        assertThat(of(insurance, HUGO, HUGO_AT_CAMP, DocumentState.MISSING)).isEqualTo(ASKED);
        assertThat(of(insurance, INES, HUGO_AT_CAMP, DocumentState.MISSING)).as("not enrolled").isEqualTo(HIDDEN);
        assertThat(of(insurance, HUGO, Map.of(HUGO, Set.of(POOL)), DocumentState.MISSING))
                .as("enrolled elsewhere").isEqualTo(HIDDEN);
        assertThat(of(insurance, INES, Map.of(HUGO, Set.of(CAMP), INES, Set.of(TEENS)), DocumentState.EXPIRED))
                .as("enrolled in another activity requiring it").isEqualTo(ASKED);
    }

    @Test
    void aHouseholdTypeForActivitiesIsAskedWhenAnyChildIsConcerned() {
        var proof = type(DocumentScope.HOUSEHOLD, DocumentAudience.ACTIVITIES, TEENS);
        assertThat(of(proof, null, NOBODY, DocumentState.MISSING)).isEqualTo(HIDDEN);
        assertThat(of(proof, null, HUGO_AT_CAMP, DocumentState.MISSING)).isEqualTo(HIDDEN);
        assertThat(of(proof, null, Map.of(HUGO, Set.of(CAMP), INES, Set.of(TEENS)), DocumentState.MISSING))
                .as("Inès goes to the teens' club").isEqualTo(ASKED);
    }

    @Test
    void aDocumentSentForAnActivityTheChildIsNotInIsShownApartNeverHiddenNorCounted() {
        var insurance = type(DocumentScope.CHILD, DocumentAudience.ACTIVITIES, CAMP);
        for (var state : new DocumentState[] {DocumentState.PENDING, DocumentState.REFUSED, DocumentState.VALID,
                DocumentState.EXPIRING, DocumentState.EXPIRED}) {
            assertThat(of(insurance, INES, HUGO_AT_CAMP, state)).as(state.name()).isEqualTo(OPTIONAL);
        }
    }

    @Test
    void ifConcernedIsNeverAskedWhateverTheEnrolmentsOrTheState() {
        var pai = type(DocumentScope.CHILD, DocumentAudience.IF_CONCERNED);
        var certificate = type(DocumentScope.CHILD, DocumentAudience.IF_CONCERNED, CAMP);
        for (var state : DocumentState.values()) {
            assertThat(of(pai, HUGO, HUGO_AT_CAMP, state)).isEqualTo(OPTIONAL);
            assertThat(of(certificate, HUGO, HUGO_AT_CAMP, state)).as("even in the activity").isEqualTo(OPTIONAL);
            assertThat(of(type(DocumentScope.HOUSEHOLD, DocumentAudience.IF_CONCERNED), null, NOBODY, state))
                    .isEqualTo(OPTIONAL);
        }
    }

    @Test
    void theDocumentARequirementsLinkNamesIsAskedWhateverItsAudience() {
        for (var audience : DocumentAudience.values()) {
            assertThat(AskedDocumentsPolicy.of(type(DocumentScope.CHILD, audience, CAMP), INES, HUGO_AT_CAMP,
                    DocumentState.MISSING, true)).as(audience.name()).isEqualTo(ASKED);
        }
    }

    @Test
    void anActivitiesTypeWithoutActivitiesConcernsNobody() {
        assertThat(AskedDocumentsPolicy.concerned(type(DocumentScope.CHILD, DocumentAudience.ACTIVITIES), HUGO,
                HUGO_AT_CAMP)).isFalse();
        assertThat(AskedDocumentsPolicy.concerned(type(DocumentScope.HOUSEHOLD, DocumentAudience.ACTIVITIES), null,
                HUGO_AT_CAMP)).isFalse();
    }
}
