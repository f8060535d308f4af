package fr.portailfamille.messaging;

import fr.portailfamille.agenda.DrawOutcomes;
import fr.portailfamille.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a lottery's allocation, one message per household in its inbox summarising every day asked (a place, or
 * the waiting list and its rank, with the draw's figures); the e-mail notice follows from the message as for any
 * message ({@link MailNotifications}), through the outbox.
 */
@Component
class LotteryNotices {

    private final SystemNotice notice;
    private final Formats formats;

    LotteryNotices(SystemNotice notice, Formats formats) {
        this.notice = notice;
        this.formats = formats;
    }

    @ApplicationModuleListener
    void on(DrawOutcomes outcomes) {
        var body = new StringBuilder(notice.text("system.lottery.intro", outcomes.activityName(),
                outcomes.periodLabel()));
        for (var line : outcomes.lines()) {
            body.append("\n- ").append(line.placed()
                    ? notice.text("system.lottery.placed", line.childName(), formats.day(line.day()))
                    : notice.text("system.lottery.waiting", line.childName(), formats.day(line.day()),
                            line.waitingRank()));
            body.append(' ').append(notice.text("system.lottery.why", line.requests(), line.places(),
                    line.lotteryRank()));
        }
        body.append("\n\n").append(notice.text("system.lottery.see-agenda"));
        notice.post(outcomes.householdId(),
                notice.text("system.lottery.subject", outcomes.activityName(), outcomes.periodLabel()),
                body.toString());
    }
}
