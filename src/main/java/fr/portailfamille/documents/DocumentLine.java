package fr.portailfamille.documents;

import java.time.LocalDate;

/**
 * One document asked of the family, as its pages show it: for a child ({@code childId}) or the household
 * ({@code childId} null), with its state, the validity end of the valid one, the reason of the last refusal.
 */
public record DocumentLine(DocumentType type, Long childId, String childName, DocumentState state,
                           LocalDate validUntil, String refusalReason, Long pendingRequestId) {

    /** The anchor of the line on the family's page, the target of « fournir » links. */
    public String anchor() {
        return anchor(type.id(), childId);
    }

    static String anchor(long typeId, Long childId) {
        return "piece-" + typeId + "-" + (childId == null ? "foyer" : childId);
    }
}
