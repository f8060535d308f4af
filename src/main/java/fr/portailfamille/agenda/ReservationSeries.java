package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.ChildView;

import org.springframework.stereotype.Service;

/**
 * « Semaine type »: a weekly pattern over one enrolled period, previewed day by day, then asked (or cancelled) day by
 * day through {@link Reservations#ask} and {@link Reservations#cancel} — the agenda's own entry points, so that every
 * single-day rule (capacity, deadlines, the unpaid balance, lottery windows) applies unchanged.
 * <p>
 * One day per call, so one short transaction per day: a series of a school year is some 36 days, and one transaction
 * over all of them would hold every day's counter row locked until the last one is written, making other families
 * asking those days (a holiday rush) wait behind it; a day that fails does not undo the others, and each day's
 * outcome is listed on its own. Nothing here is transactional.
 */
@Service
class ReservationSeries {

    private final Reservations reservations;
    private final ReservationStore store;
    private final Activities activities;
    private final Enrolments enrolments;
    private final java.time.Clock clock;
    private final LotteryRequests lottery;
    private final BookingRequirements requirements;

    ReservationSeries(Reservations reservations, ReservationStore store, Activities activities,
                      Enrolments enrolments, java.time.Clock clock, LotteryRequests lottery,
                      BookingRequirements requirements) {
        this.lottery = lottery;
        this.requirements = requirements;
        this.reservations = reservations;
        this.store = store;
        this.activities = activities;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /** The child's enrolled periods of the activity that have not ended. */
    List<PeriodView> periods(long childId, ActivityView activity) {
        var enrolled = enrolments.activePeriods(childId, activity.id());
        LocalDate today = LocalDate.now(clock);
        return activity.periods().stream().filter(p -> enrolled.contains(p.id()))
                .filter(p -> !p.end().isBefore(today)).toList();
    }

    /** The days of the pattern in the period (or the reasons it is refused). */
    RecurringDays.Expansion expand(ActivityView activity, PeriodView period, SeriesForm form) {
        return RecurringDays.expand(form.pattern(), period.start(), period.end(), activity::isOpen,
                LocalDate.now(clock));
    }

    /** What asking (or cancelling) each day would do now. */
    List<SeriesDay> preview(long householdId, ChildView child, ActivityView activity,
                            RecurringDays.Expansion expansion, boolean cancelling, boolean unpaidRefusal) {
        if (expansion.days().isEmpty()) {
            return List.of();
        }
        var enrolled = enrolments.activePeriods(child.id(), activity.id());
        LocalDate first = expansion.days().get(0).day();
        LocalDate last = expansion.days().get(expansion.days().size() - 1).day();
        Map<LocalDate, Reservation> mine = store.ofChild(child.id(), first, last).stream()
                .filter(r -> r.activityId() == activity.id())
                .collect(Collectors.toMap(Reservation::day, Function.identity()));
        Map<LocalDate, Integer> taken = store.taken(activity.id(), first, last);
        LocalDateTime now = LocalDateTime.now(clock);
        // the same overlays as the agenda's month and Reservations.ask: lottery windows, then missing documents
        var windows = lottery.governing(activity.id());
        var drawRequests = windows.isEmpty() ? Map.<LocalDate, LotteryStore.RequestRow>of()
                : lottery.requestsOfChild(child.id(), windows);
        var blocked = cancelling ? java.util.Set.<LocalDate>of() : requirements.blockedDays(householdId, child.id(),
                activity.id(), expansion.days().stream().map(RecurringDays.PatternDay::day)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)));
        var days = new ArrayList<SeriesDay>();
        for (var d : expansion.days()) {
            var verdict = DayStates.of(new DayStates.Facts(activity, d.day(), child.birthDate(), enrolled,
                    mine.get(d.day()), taken.getOrDefault(d.day(), 0), now));
            var window = LotteryRequests.governingDay(windows, d.day());
            if (window.isPresent()) {
                verdict = DrawDayStates.of(verdict, window.get().phase(clock.instant()),
                        drawRequests.containsKey(d.day()));
            }
            if (blocked.contains(d.day()) && verdict.state().requestable()) {
                verdict = new DayStates.Verdict(DayState.REQUIREMENTS_MISSING, false);
            }
            days.add(cancelling ? cancelPreview(d.day(), verdict) : askPreview(d.day(), verdict, unpaidRefusal));
        }
        return days;
    }

    private static SeriesDay askPreview(LocalDate day, DayStates.Verdict verdict, boolean unpaidRefusal) {
        var state = verdict.state();
        if (state.booked()) {
            return new SeriesDay(day, "series.will.booked", false);
        }
        if (state.requestable() && unpaidRefusal) {
            return new SeriesDay(day, "series.will.UNPAID", false);
        }
        return new SeriesDay(day, "series.will." + state.name(), state.requestable());
    }

    private static SeriesDay cancelPreview(LocalDate day, DayStates.Verdict verdict) {
        if (!verdict.state().booked()) {
            return new SeriesDay(day, "series.will-cancel.nothing", false);
        }
        return verdict.cancellable() ? new SeriesDay(day, "series.will-cancel.yes", true)
                : new SeriesDay(day, "series.will-cancel.late", false);
    }

    /** Asks (or cancels) each day of the series on its own, in order; every day's outcome. */
    List<AskResult> apply(long householdId, long childId, long activityId, RecurringDays.Expansion expansion,
                          boolean cancelling) {
        var results = new ArrayList<AskResult>();
        for (var d : expansion.days()) {
            var day = List.of(d.day());
            results.addAll(cancelling ? reservations.cancel(householdId, childId, activityId, day)
                    : reservations.ask(householdId, childId, activityId, day));
        }
        return results;
    }

    ActivityView activity(long activityId) {
        return activities.get(activityId);
    }
}
