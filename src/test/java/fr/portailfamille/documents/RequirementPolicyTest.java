package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequirementPolicyTest {

    private static final long ACTIVITY = 7;
    private static final long CHILD = 20;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 16);

    private final DocumentType insurance = new DocumentType(1, "Assurance", DocumentScope.CHILD,
            DocumentAudience.ACTIVITIES, Validity.SCHOOL_YEAR, null, false, Set.of(ACTIVITY));
    private final DocumentType quotient = new DocumentType(2, "QF", DocumentScope.HOUSEHOLD,
            DocumentAudience.ALL, Validity.MONTHS, 12, false, Set.of(ACTIVITY));
    private final DocumentType elsewhere = new DocumentType(3, "Certificat", DocumentScope.CHILD,
            DocumentAudience.IF_CONCERNED, Validity.NONE, null, true, Set.of(99L));

    private static ProvidedDocument doc(long type, Long child, ProvidedStatus status, LocalDate until) {
        return new ProvidedDocument(type * 10, 1, child, type, type * 100, status, until, null, Instant.EPOCH);
    }

    @Test
    void onlyTheDocumentsTheActivityRequiresCount() {
        assertThat(RequirementPolicy.missingDocuments(ACTIVITY, List.of(insurance, quotient, elsewhere), List.of(),
                CHILD, DAY)).containsExactly(insurance, quotient);
    }

    @Test
    void whomATypeIsAskedOfNeverChangesWhatAnActivityChecks() {
        var pai = new DocumentType(4, "PAI", DocumentScope.CHILD, DocumentAudience.IF_CONCERNED, Validity.NONE, null,
                true, Set.of(ACTIVITY));
        assertThat(RequirementPolicy.missingDocuments(ACTIVITY, List.of(insurance, quotient, pai), List.of(), CHILD,
                DAY)).containsExactly(insurance, quotient, pai);
    }

    @Test
    void aDocumentCountsWhenAcceptedAndValidOnTheDayForThatChildOrTheHousehold() {
        var held = List.of(doc(1, CHILD, ProvidedStatus.ACCEPTED, DAY), doc(2, null, ProvidedStatus.ACCEPTED, null));
        assertThat(RequirementPolicy.missingDocuments(ACTIVITY, List.of(insurance, quotient), held, CHILD, DAY))
                .isEmpty();
        assertThat(RequirementPolicy.missingDocuments(ACTIVITY, List.of(insurance, quotient), held, CHILD,
                DAY.plusDays(1))).as("the day after its end").containsExactly(insurance);
    }

    @Test
    void aPendingRefusedOrOtherChildsDocumentDoesNotCount() {
        assertThat(RequirementPolicy.missingDocuments(ACTIVITY, List.of(insurance), List.of(
                doc(1, CHILD, ProvidedStatus.PENDING, null), doc(1, CHILD, ProvidedStatus.REFUSED, null),
                doc(1, 21L, ProvidedStatus.ACCEPTED, null)), CHILD, DAY)).containsExactly(insurance);
    }

    @Test
    void aRequiredConsentCountsOnlyWhenItsCurrentAnswerIsGiven() {
        var outings = new ConsentType(5, "Sorties", ConsentCategory.OUTING, null, Set.of(ACTIVITY));
        var photos = new ConsentType(6, "Photos", ConsentCategory.IMAGE, null, Set.of());
        var types = List.of(outings, photos);
        assertThat(RequirementPolicy.missingConsents(ACTIVITY, types, Map.of())).containsExactly(outings);
        assertThat(RequirementPolicy.missingConsents(ACTIVITY, types, Map.of(5L, ConsentAnswer.GIVEN))).isEmpty();
        assertThat(RequirementPolicy.missingConsents(ACTIVITY, types, Map.of(5L, ConsentAnswer.WITHDRAWN)))
                .containsExactly(outings);
        assertThat(RequirementPolicy.missingConsents(ACTIVITY, types, Map.of(5L, ConsentAnswer.REFUSED)))
                .containsExactly(outings);
    }
}
