package fr.portailfamille.requests;

import java.time.Instant;

/** The request aggregate: it alone decides which transitions are allowed. */
final class Request {

    private final RequestView data;
    private RequestStatus status;
    private Instant decidedAt;
    private String decidedBy;
    private String comment;

    Request(RequestView data) {
        this.data = data;
        this.status = data.status();
        this.decidedAt = data.decidedAt();
        this.decidedBy = data.decidedBy();
        this.comment = data.comment();
    }

    void accept(String agent, Instant at, String note) {
        decide(RequestStatus.ACCEPTED, agent, at, note);
    }

    void refuse(String agent, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RequestTransitionException("request.refuse.reason-required");
        }
        decide(RequestStatus.REFUSED, agent, at, reason.trim());
    }

    void withdraw(Instant at) {
        decide(RequestStatus.WITHDRAWN, null, at, null);
    }

    private void decide(RequestStatus next, String agent, Instant at, String note) {
        if (status.isFinal()) {
            throw new RequestTransitionException("request.already-decided");
        }
        status = next;
        decidedAt = at;
        decidedBy = agent;
        comment = note;
    }

    long id() {
        return data.id();
    }

    RequestStatus status() {
        return status;
    }

    RequestView view() {
        return new RequestView(data.id(), data.householdId(), data.kind(), data.subjectId(), data.subjectLabel(),
                data.proposed(), data.current(), status, data.createdAt(), decidedAt, decidedBy, comment,
                data.requestedBy());
    }
}
