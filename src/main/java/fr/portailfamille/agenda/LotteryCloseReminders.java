package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.reminders.ReminderTexts;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Component;

/**
 * « Le tirage au sort approche » : before a lottery window closes, to the families with a child enrolled in its
 * period that have asked no day in it (issue 13). Sent once per household and window, like every reminder.
 */
@Component
class LotteryCloseReminders implements ReminderSource {

    static final String KIND = "lottery-window-close";

    private final BookingWindows windows;
    private final LotteryStore store;
    private final Enrolments enrolments;
    private final ReminderTexts texts;
    private final Formats formats;
    private final Clock clock;

    LotteryCloseReminders(BookingWindows windows, LotteryStore store, Enrolments enrolments, ReminderTexts texts,
                          Formats formats, Clock clock) {
        this.windows = windows;
        this.store = store;
        this.enrolments = enrolments;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int defaultLeadDays() {
        return 1; // a window lasts a few days: the day before its close
    }

    @Override
    public List<DueReminder> due(LocalDate today, int leadDays) {
        var now = clock.instant();
        var due = new ArrayList<DueReminder>();
        for (var window : windows.all()) {
            if (window.mode() != BookingMode.LOTTERY || window.phase(now) != BookingWindow.Phase.OPEN
                    || now.isBefore(window.closesAt().minus(Duration.ofDays(leadDays)))) {
                continue;
            }
            var asked = store.householdsWithRequests(window.id());
            var recipients = enrolments.householdsEnrolledInPeriod(window.activityId(), window.period().id())
                    .stream().filter(h -> !asked.contains(h)).distinct().toList();
            if (recipients.isEmpty()) {
                continue;
            }
            String subject = texts.text("reminder.lottery.mail.subject", window.period().label(), window.activityName(),
                    formats.dateTime(window.closesAt()));
            String body = texts.text("reminder.lottery.mail.body", window.activityName(), window.period().label(),
                    formats.dateTime(window.closesAt()), formats.dateTime(window.allocateAt()),
                    texts.link("/enfants"), texts.optOutLink(), texts.signature());
            for (long household : recipients) {
                due.add(new DueReminder(household, "window-" + window.id(), subject, body));
            }
        }
        return due;
    }
}
