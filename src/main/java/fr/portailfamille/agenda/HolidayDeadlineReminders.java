package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.reminders.DueReminder;
import fr.portailfamille.reminders.ReminderSource;
import fr.portailfamille.reminders.ReminderTexts;
import fr.portailfamille.shared.Formats;

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
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Activities activities;
    private final Enrolments enrolments;
    private final ReservationStore reservations;
    private final ReminderTexts texts;
    private final Formats formats;
    private final Clock clock;

    HolidayDeadlineReminders(Activities activities, Enrolments enrolments, ReservationStore reservations,
                             ReminderTexts texts, Formats formats, Clock clock) {
        this.activities = activities;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
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
                String subject = texts.text("reminder.holiday.mail.subject", period.label(), activity.name(),
                        formats.day(deadline.toLocalDate()));
                String body = texts.text("reminder.holiday.mail.body", activity.name(), period.label(),
                        formats.day(period.start()), formats.day(period.end()), formats.day(deadline.toLocalDate()),
                        deadline.format(HH_MM), texts.link("/enfants"), texts.optOutLink(), texts.signature());
                for (long household : recipients) {
                    due.add(new DueReminder(household, "period-" + period.id(), subject, body));
                }
            }
        }
        return due;
    }
}
