package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private long ids;

    private ProvidedDocument sent(ProvidedStatus status, LocalDate validUntil) {
        long id = ++ids;
        return new ProvidedDocument(id, 1, 2L, 3, 100 + id, status, validUntil, status == ProvidedStatus.REFUSED
                ? "illisible" : null, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id));
    }

    @Test
    void nothingSentIsMissing() {
        assertThat(DocumentState.of(List.of(), TODAY)).isEqualTo(DocumentState.MISSING);
    }

    @Test
    void anAcceptedDocumentIsValidUntilItsEndIncluded() {
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.ACCEPTED, TODAY.plusDays(31))), TODAY))
                .isEqualTo(DocumentState.VALID);
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.ACCEPTED, null)), TODAY))
                .isEqualTo(DocumentState.VALID);
    }

    @Test
    void aDocumentEndingWithinThirtyDaysIsExpiringUnlessANewOneIsPending() {
        var ending = sent(ProvidedStatus.ACCEPTED, TODAY.plusDays(30));
        assertThat(DocumentState.of(List.of(ending), TODAY)).isEqualTo(DocumentState.EXPIRING);
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.ACCEPTED, TODAY)), TODAY))
                .as("its last day").isEqualTo(DocumentState.EXPIRING);
        assertThat(DocumentState.of(List.of(ending, sent(ProvidedStatus.PENDING, null)), TODAY))
                .isEqualTo(DocumentState.VALID);
        assertThat(DocumentState.EXPIRING.needsAction()).isTrue();
    }

    @Test
    void aDocumentPastItsEndIsExpired() {
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.ACCEPTED, TODAY.minusDays(1))), TODAY))
                .isEqualTo(DocumentState.EXPIRED);
    }

    @Test
    void aPendingDocumentWinsOverAnEarlierRefusal() {
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.REFUSED, null), sent(ProvidedStatus.PENDING, null)),
                TODAY)).isEqualTo(DocumentState.PENDING);
        assertThat(DocumentState.PENDING.needsAction()).isFalse();
    }

    @Test
    void theLastRefusalShowsUntilANewDocumentIsSentAndAWithdrawalIsIgnored() {
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.REFUSED, null)), TODAY))
                .isEqualTo(DocumentState.REFUSED);
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.REFUSED, null), sent(ProvidedStatus.WITHDRAWN, null)),
                TODAY)).isEqualTo(DocumentState.REFUSED);
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.ACCEPTED, TODAY.minusDays(40)),
                sent(ProvidedStatus.REFUSED, null)), TODAY)).isEqualTo(DocumentState.REFUSED);
        assertThat(DocumentState.of(List.of(sent(ProvidedStatus.WITHDRAWN, null)), TODAY))
                .isEqualTo(DocumentState.MISSING);
    }
}
