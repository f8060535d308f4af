package fr.portailfamille.messaging;

import fr.portailfamille.requests.RequestDecided;
import fr.portailfamille.requests.RequestStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A decision on a request arrives in the family's inbox: accepted (with the agent's note, if any) or
 * refused with the reason. This covers the agenda's reservation requests validated or refused by an agent (one
 * message per decision: agenda publishes nothing else on validation). Other sources plug in the same way: one
 * listener of their event, one call to {@link SystemNotice#post} ({@link BillingNotices}, {@link ReservationNotices}).
 */
@Component
class RequestDecisionNotices {

    private final SystemNotice notice;

    RequestDecisionNotices(SystemNotice notice) {
        this.notice = notice;
    }

    @ApplicationModuleListener
    void on(RequestDecided decided) {
        if (decided.householdId() == null) {
            return; // a new family's account request: no inbox yet, onboarding answers by e-mail
        }
        if (decided.status() != RequestStatus.ACCEPTED && decided.status() != RequestStatus.REFUSED) {
            return;
        }
        String kind = notice.textOr("request-kind." + decided.kind(), notice.text("system.request.generic-kind"));
        String what = decided.subjectLabel() == null || decided.subjectLabel().isBlank()
                ? kind : kind + " — " + decided.subjectLabel();
        boolean accepted = decided.status() == RequestStatus.ACCEPTED;
        String subject = notice.text(accepted ? "system.request.accepted.subject" : "system.request.refused.subject",
                kind);
        String bodyKey = accepted ? "system.request.accepted.body" : "system.request.refused.body";
        // a kind may say more than the generic sentence (a validated reservation is now in the child's agenda)
        var body = new StringBuilder(notice.optionalText(bodyKey + "." + decided.kind(), what)
                .orElseGet(() -> notice.text(bodyKey, what)));
        if (decided.comment() != null && !decided.comment().isBlank()) {
            body.append("\n\n").append(notice.text(
                    accepted ? "system.request.note" : "system.request.reason", decided.comment().strip()));
        }
        body.append("\n\n").append(notice.text("system.request.see-list"));
        notice.post(decided.householdId(), subject, body.toString());
    }
}
