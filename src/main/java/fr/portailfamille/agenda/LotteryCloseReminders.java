package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.shared.Formats;
import fr.portailfamille.shared.Town;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * « Le tirage au sort approche » : before a lottery window closes, to the families with a child enrolled in its
 * period that have asked no day in it (issue 13). Sent once per household and window, like every reminder.
 */
@Component
class LotteryCloseReminders implements ReminderSource {

    static final String KIND = "lottery-window-close";
    private static final Locale TOWN_LOCALE = Locale.FRENCH;

    private final BookingWindows windows;
    private final LotteryStore store;
    private final Enrolments enrolments;
    private final MessageSource messages;
    private final Formats formats;
    private final Town town;
    private final Clock clock;
    private final String baseUrl;

    LotteryCloseReminders(BookingWindows windows, LotteryStore store, Enrolments enrolments, MessageSource messages,
                          Formats formats, Town town, Clock clock,
                          @Value("${portail.base-url:http://localhost:8080}") String baseUrl) {
        this.windows = windows;
        this.store = store;
        this.enrolments = enrolments;
        this.messages = messages;
        this.formats = formats;
        this.town = town;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
            var settings = town.settings();
            String subject = text("reminder.lottery.mail.subject", window.period().label(), window.activityName(),
                    formats.dateTime(window.closesAt()));
            String body = text("reminder.lottery.mail.body", window.activityName(), window.period().label(),
                    formats.dateTime(window.closesAt()), formats.dateTime(window.allocateAt()),
                    baseUrl + "/enfants", baseUrl + "/compte#rappels",
                    settings.serviceName() + " — " + settings.name());
            for (long household : recipients) {
                due.add(new DueReminder(household, "window-" + window.id(), subject, body));
            }
        }
        return due;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, TOWN_LOCALE);
    }
}
