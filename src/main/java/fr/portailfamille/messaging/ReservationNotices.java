package fr.portailfamille.messaging;

import fr.portailfamille.agenda.WaitingListPromoted;
import fr.portailfamille.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The agenda tells the family through its inbox when a place freed up for a child on the waiting list: the day is
 * reserved, or its request now holds a place and waits for the service. The decision on a reservation request
 * (validated or refused) arrives through {@link RequestDecisionNotices}, as for every request.
 */
@Component
class ReservationNotices {

    private final SystemNotice notice;
    private final Formats formats;

    ReservationNotices(SystemNotice notice, Formats formats) {
        this.notice = notice;
        this.formats = formats;
    }

    @ApplicationModuleListener
    void on(WaitingListPromoted promoted) {
        String day = formats.day(promoted.day());
        String outcome = promoted.awaitingValidation() ? "awaiting" : "reserved";
        notice.post(promoted.householdId(),
                notice.text("system.waiting-list.subject", promoted.childName(), day),
                notice.text("system.waiting-list.body." + outcome, promoted.childName(), promoted.activityName(), day)
                        + "\n\n" + notice.text("system.waiting-list.see-agenda"));
    }
}
