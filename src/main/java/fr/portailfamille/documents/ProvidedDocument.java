package fr.portailfamille.documents;

import java.time.Instant;
import java.time.LocalDate;

/** One document a family sent for a type (and a child, for a per-child type). */
public record ProvidedDocument(long id, long householdId, Long childId, long typeId, long requestId,
                               ProvidedStatus status, LocalDate validUntil, String refusalReason,
                               Instant submittedAt) {

    /** Whether it is accepted and still valid on that day. */
    public boolean validOn(LocalDate day) {
        return status == ProvidedStatus.ACCEPTED && (validUntil == null || !validUntil.isBefore(day));
    }
}
