package fr.portailfamille.requests;

import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * A request as handlers and pages see it. {@code proposed} and {@code current} are field → value maps in
 * form order: what the family asks, and what the record held when it asked (to show old and new side by
 * side and to detect a conflict when the record changed meanwhile). {@code requestedBy} names the account that
 * asked ("Alice Martin (alice@example.org)"): a household may have one login per guardian.
 */
public record RequestView(long id, Long householdId, String kind, Long subjectId, String subjectLabel,
                          LinkedHashMap<String, String> proposed, LinkedHashMap<String, String> current,
                          RequestStatus status, Instant createdAt, Instant decidedAt, String decidedBy,
                          String comment, String requestedBy) {

    /** A request without its author (made before authors were recorded, or by an agent). */
    public RequestView(long id, long householdId, String kind, Long subjectId, String subjectLabel,
                       LinkedHashMap<String, String> proposed, LinkedHashMap<String, String> current,
                       RequestStatus status, Instant createdAt, Instant decidedAt, String decidedBy, String comment) {
        this(id, householdId, kind, subjectId, subjectLabel, proposed, current, status, createdAt, decidedAt,
                decidedBy, comment, null);
    }

    /** Whether the request belongs to a household (false for a request for a new family's account). */
    public boolean hasHousehold() {
        return householdId != null;
    }

    /** Whether the request belongs to this household. */
    public boolean belongsTo(long household) {
        return householdId != null && householdId == household;
    }

    public String kindMessageKey() {
        return "request-kind." + kind;
    }

    /** Field names whose value changes. */
    public java.util.List<String> changedFields() {
        return proposed.keySet().stream()
                .filter(k -> !java.util.Objects.equals(proposed.get(k), current.get(k))).toList();
    }
}
