package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.shared.Formats;
import fr.portailfamille.shared.Town;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * « Pensez à réserver » : before the booking deadline of a holiday period (see {@link HolidayDeadlinePolicy}), to
 * the families with a child enrolled in it that booked none of its days. The lead time is the town's setting
 * (Gestion → Familles → Rappels aux familles, default 7 days). The reminders module sends it once per household
 * and period, to the families that did not switch it off.
 */
@Component
class HolidayDeadlineReminders implements ReminderSource {

    static final String KIND = "holiday-booking-deadline";
    private static final Locale TOWN_LOCALE = Locale.FRENCH;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Activities activities;
    private final Enrolments enrolments;
    private final ReservationStore reservations;
    private final MessageSource messages;
    private final Formats formats;
    private final Town town;
    private final Clock clock;
    private final String baseUrl;

    HolidayDeadlineReminders(Activities activities, Enrolments enrolments, ReservationStore reservations,
                             MessageSource messages, Formats formats, Town town, Clock clock,
                             @Value("${portail.base-url:http://localhost:8080}") String baseUrl) {
        this.activities = activities;
        this.enrolments = enrolments;
        this.reservations = reservations;
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
    public List<DueReminder> due(LocalDate today, int leadDays) {
        LocalDateTime now = LocalDateTime.now(clock);
        var due = new ArrayList<DueReminder>();
        for (var activity : activities.all()) {
            if (!HolidayDeadlinePolicy.concerns(activity)) {
                continue;
            }
            for (var period : activity.periods()) {
                var deadline = HolidayDeadlinePolicy.deadline(activity, period).orElse(null);
                if (deadline == null || !HolidayDeadlinePolicy.due(deadline, now, leadDays)) {
                    continue;
                }
                var recipients = HolidayDeadlinePolicy.recipients(
                        enrolments.householdsEnrolledInPeriod(activity.id(), period.id()),
                        new java.util.HashSet<>(reservations.householdsWithDaysBetween(activity.id(), period.start(),
                                period.end())));
                if (recipients.isEmpty()) {
                    continue;
                }
                var settings = town.settings();
                String subject = text("reminder.holiday.mail.subject", period.label(), activity.name(),
                        formats.day(deadline.toLocalDate()));
                String body = text("reminder.holiday.mail.body", activity.name(), period.label(),
                        formats.day(period.start()), formats.day(period.end()), formats.day(deadline.toLocalDate()),
                        deadline.format(HH_MM), baseUrl + "/enfants", baseUrl + "/compte#rappels",
                        settings.serviceName() + " — " + settings.name());
                for (long household : recipients) {
                    due.add(new DueReminder(household, "period-" + period.id(), subject, body));
                }
            }
        }
        return due;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, TOWN_LOCALE);
    }
}
