package fr.portailfamille.documents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the family sees for one document (label {@code document-state.<NAME>}), from what it sent for it: a valid
 * one wins (expiring when it ends within {@link #EXPIRY_NOTICE_DAYS} days); else a pending one; else the last
 * refusal (with its reason); else an expired one; else missing.
 */
public enum DocumentState {
    MISSING, PENDING, REFUSED, EXPIRED, EXPIRING, VALID;

    /** How many days before its end a document shows as expiring. */
    static final int EXPIRY_NOTICE_DAYS = 30;

    public String messageKey() {
        return "document-state." + name();
    }

    /** Whether the family has something to do (send, send again, renew). */
    public boolean needsAction() {
        return this == MISSING || this == REFUSED || this == EXPIRED || this == EXPIRING;
    }

    /** The state of a document from everything sent for it (one type, one child or the household). */
    static DocumentState of(List<ProvidedDocument> sent, LocalDate today) {
        var valid = sent.stream().filter(d -> d.validOn(today))
                .max(Comparator.comparing(d -> d.validUntil() == null ? LocalDate.MAX : d.validUntil()));
        boolean pending = sent.stream().anyMatch(d -> d.status() == ProvidedStatus.PENDING);
        if (valid.isPresent()) {
            LocalDate end = valid.get().validUntil();
            boolean expiring = end != null && !end.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS));
            return expiring && !pending ? EXPIRING : VALID;
        }
        if (pending) {
            return PENDING;
        }
        var last = sent.stream().filter(d -> d.status() != ProvidedStatus.WITHDRAWN)
                .max(Comparator.comparing(ProvidedDocument::submittedAt).thenComparing(ProvidedDocument::id));
        if (last.isPresent() && last.get().status() == ProvidedStatus.REFUSED) {
            return REFUSED;
        }
        return last.isPresent() && last.get().status() == ProvidedStatus.ACCEPTED ? EXPIRED : MISSING;
    }
}
