package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agenda module's face: a child's month, asking and cancelling days, the waiting list. Places are taken
 * and freed on the per activity-day counter inside the caller's transaction.
 */
@Service
@Transactional
public class Reservations {

    static final String KIND = "agenda.reservation";
    static final int MAX_DAYS_AT_ONCE = 62;

    private final ReservationStore store;
    private final Households households;
    private final Activities activities;
    private final Enrolments enrolments;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Formats formats;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final LotteryRequests lottery;
    private final BookingRequirements bookingRequirements;
    private final UnpaidBalanceCheck unpaid;

    Reservations(ReservationStore store, Households households, Activities activities, Enrolments enrolments,
                 Requests requests, ApplicationEventPublisher events, Formats formats, Clock clock,
                 PlatformTransactionManager transactions, LotteryRequests lottery,
                 BookingRequirements bookingRequirements, UnpaidBalanceCheck unpaid) {
        this.bookingRequirements = bookingRequirements;
        this.writes = new TransactionTemplate(transactions);
        this.lottery = lottery;
        this.unpaid = unpaid;
        this.store = store;
        this.households = households;
        this.activities = activities;
        this.enrolments = enrolments;
        this.requests = requests;
        this.events = events;
        this.formats = formats;
        this.clock = clock;
    }

    /** Per activity and day between the two dates (at most a year): the agents' dashboard and charts. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<ActivityDayLoad> dayLoads(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw new IllegalArgumentException("period");
        }
        return store.dayLoads(from, to);
    }

    /** Waiting-list promotions since the instant, per activity (for the agents' dashboard). */
    @Transactional(readOnly = true)
    public List<WaitingListMove> promotedSince(java.time.Instant since) {
        return store.promotedSince(since);
    }

    /** The children holding a place (reserved or awaiting validation) on a day of [from, to]. */
    @Transactional(readOnly = true)
    public List<BookedChild> bookedChildren(LocalDate from, LocalDate to) {
        return store.bookedChildren(from, to);
    }

    /** The activities a family may ask days of (daily reservations allowed). */
    @Transactional(readOnly = true)
    public List<ActivityView> bookableActivities() {
        return activities.all().stream().filter(ActivityView::dailyReservations).toList();
    }

    @Transactional(readOnly = true)
    public AgendaMonth month(long householdId, long childId, long activityId, YearMonth month) {
        return month(households.child(householdId, childId), activityId, month);
    }

    /** The month of a child already checked against the household. */
    @Transactional(readOnly = true)
    AgendaMonth month(ChildView child, long activityId, YearMonth month) {
        long childId = child.id();
        var activity = activities.get(activityId);
        var enrolled = enrolments.activePeriods(childId, activityId);
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        Map<LocalDate, Reservation> mine = store.ofChild(childId, first, last).stream()
                .filter(r -> r.activityId() == activityId)
                .collect(Collectors.toMap(Reservation::day, Function.identity()));
        Map<LocalDate, Integer> taken = store.taken(activityId, first, last);
        Map<LocalDate, Integer> ranks = mine.values().stream().anyMatch(r -> r.status() == ReservationStatus.WAITING)
                ? store.waitingPositions(childId, activityId, first, last) : Map.of();
        LocalDateTime now = LocalDateTime.now(clock);
        var windows = lottery.governing(activityId);
        var drawRequests = windows.isEmpty() ? Map.<LocalDate, LotteryStore.RequestRow>of()
                : lottery.requestsOfChild(childId, windows);
        var weeks = new ArrayList<List<DayCell>>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            var week = new ArrayList<DayCell>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                var r = mine.get(day);
                int t = taken.getOrDefault(day, 0);
                var verdict = DayStates.of(new DayStates.Facts(activity, day, child.birthDate(), enrolled, r, t, now));
                String drawAt = "";
                var window = LotteryRequests.governingDay(windows, day);
                if (window.isPresent()) {
                    var phase = window.get().phase(clock.instant());
                    verdict = DrawDayStates.of(verdict, phase, drawRequests.containsKey(day));
                    drawAt = LotteryRequests.when(phase == BookingWindow.Phase.COMING ? window.get().opensAt()
                            : window.get().allocateAt(), clock);
                }
                int position = verdict.state() == DayState.WAITING ? ranks.getOrDefault(day, 0) : 0;
                week.add(new DayCell(day, YearMonth.from(day).equals(month), verdict.state(), verdict.cancellable(),
                        position, Math.max(0, activity.dailyCapacity() - t), drawAt));
            }
            weeks.add(week);
        }
        boolean outsideAgeRange = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .noneMatch(d -> activity.acceptsAge(child.ageOn(d)));
        return new AgendaMonth(child, activity, month, weeks, outsideAgeRange);
    }

    /**
     * The month the agenda opens on: the first month from {@code from} (within a year) with a day the family can
     * ask or holds, so that a parent does not land on an empty month; {@code from} when there is none.
     */
    @Transactional(readOnly = true)
    public YearMonth firstBookableMonth(long householdId, long childId, long activityId, YearMonth from) {
        for (int i = 0; i < 12; i++) {
            var month = month(householdId, childId, activityId, from.plusMonths(i));
            if (month.outsideAgeRange() && i == 0) {
                return from;
            }
            if (month.hasBookableDay()) {
                return month.month();
            }
        }
        return from;
    }

    /**
     * Days a child has already attended, recorded as effective reservations without a request (the demo's
     * history, or an import of past attendance): no deadline, no validation; a day the child already holds, or
     * a full day, is left as it is.
     */
    public void recordAttended(long householdId, long childId, long activityId, Collection<LocalDate> days) {
        households.child(householdId, childId);
        var activity = activities.get(activityId);
        for (LocalDate day : sorted(days)) {
            var r = store.lockOrCreate(householdId, childId, activityId, day, clock.instant());
            if (!r.status().active() && store.takePlace(activityId, day, activity.dailyCapacity())) {
                store.update(r.id(), ReservationStatus.RESERVED, true, null, r.queuedAt(), clock.instant());
            }
        }
    }

    /**
     * Asks for days: each takes a place if one is left, else joins the waiting list; all rules checked here. One
     * transaction, one pooled connection and one commit for the whole request: the reads (child, enrolment,
     * requirements, booking windows; the activity is cached) come first and lock nothing; then the day's counter is
     * held for as short a time as possible: a day that looks full goes to the waiting list without touching the
     * counter; for the others the row, the request and the audit line are written first, and the counter's
     * conditional {@code UPDATE} is the day's last statement — if another request took the last place meanwhile,
     * the writes are rolled back to a savepoint and the day goes to the waiting list. The counter's guarantee is
     * unchanged: only the conditional UPDATE takes a place.
     */
    public List<AskResult> ask(long householdId, long childId, long activityId, Collection<LocalDate> days) {
        var child = households.child(householdId, childId);
        var activity = activities.get(activityId);
        var enrolled = enrolments.activePeriods(childId, activityId);
        var sortedDays = sorted(days);
        if (unpaid.check(householdId).isPresent()) { // the town refuses bookings beyond an unpaid amount
            return sortedDays.stream().map(d -> AskResult.refused(d, DayState.UNPAID)).toList();
        }
        // a required document or consent missing (documents module) refuses the day before any other rule
        var blocked = bookingRequirements.blockedDays(householdId, childId, activityId, sortedDays);
        var results = new ArrayList<AskResult>();
        sortedDays.removeIf(d -> blocked.contains(d) && results.add(AskResult.refused(d, DayState.REQUIREMENTS_MISSING)));
        if (!sortedDays.isEmpty()) {
            results.addAll(askAllowed(householdId, child, activity, enrolled, sortedDays));
            results.sort(java.util.Comparator.comparing(AskResult::day));
        }
        return results;
    }

    /** The days no document or consent blocks: drawn by a lottery window, or asked now. */
    private List<AskResult> askAllowed(long householdId, ChildView child, ActivityView activity,
                                       java.util.Set<Long> enrolled, TreeSet<LocalDate> sortedDays) {
        long activityId = activity.id();
        var windows = lottery.governing(activityId);
        if (!windows.isEmpty()) {
            var drawn = new TreeSet<LocalDate>();
            sortedDays.removeIf(d -> LotteryRequests.governingDay(windows, d).isPresent() && drawn.add(d));
            if (!drawn.isEmpty()) {
                var results = new ArrayList<>(askDraw(householdId, child, activity, enrolled, windows, drawn));
                if (!sortedDays.isEmpty()) {
                    results.addAll(askNow(householdId, child, activity, enrolled, sortedDays));
                }
                results.sort(java.util.Comparator.comparing(AskResult::day));
                return results;
            }
        }
        return askNow(householdId, child, activity, enrolled, sortedDays);
    }

    /**
     * Days governed by a lottery window: during the window a request is recorded (nothing is decided, no place is
     * taken); before or after it, the day is refused with what it shows.
     */
    private List<AskResult> askDraw(long householdId, ChildView child, ActivityView activity,
                                    java.util.Set<Long> enrolled, List<BookingWindow> windows,
                                    TreeSet<LocalDate> drawn) {
        return writes.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            var asked = lottery.requestsOfChild(child.id(), windows);
            var results = new ArrayList<AskResult>();
            for (LocalDate day : drawn) {
                var window = LotteryRequests.governingDay(windows, day).orElseThrow();
                var r = store.find(child.id(), activity.id(), day).orElse(null);
                var verdict = DrawDayStates.of(
                        DayStates.of(new DayStates.Facts(activity, day, child.birthDate(), enrolled, r, 0, now)),
                        window.phase(clock.instant()), asked.containsKey(day));
                if (verdict.state() != DayState.DRAW_OPEN) {
                    results.add(AskResult.refused(day, verdict.state()));
                    continue;
                }
                lottery.record(window, householdId, child.id(), day);
                results.add(new AskResult(day, AskResult.Outcome.DRAW_ASKED, DayState.DRAW_ASKED, 0));
            }
            return results;
        });
    }

    private List<AskResult> askNow(long householdId, ChildView child, ActivityView activity,
                                   java.util.Set<Long> enrolled, TreeSet<LocalDate> sortedDays) {
        long childId = child.id();
        long activityId = activity.id();
        return writes.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            var results = new ArrayList<AskResult>();
            LocalDate lastDay = sortedDays.last();
            for (LocalDate day : sortedDays) {
                var r = store.lockOrCreate(householdId, childId, activityId, day, clock.instant());
                var verdict = DayStates.of(new DayStates.Facts(activity, day, child.birthDate(), enrolled, r, 0, now));
                if (!verdict.state().requestable()) {
                    results.add(AskResult.refused(day, verdict.state()));
                    continue;
                }
                if (store.taken(activityId, day) < activity.dailyCapacity()) {
                    Object savepoint = status.createSavepoint();
                    var held = hold(activity, child, r, day);
                    if (store.takePlace(activityId, day, activity.dailyCapacity())) {
                        if (!day.equals(lastDay)) {
                            status.releaseSavepoint(savepoint); // the last day's is released by the commit
                        }
                        results.add(held);
                        continue;
                    }
                    status.rollbackToSavepoint(savepoint); // the last place went meanwhile
                }
                // the rank is not counted here (the count grows with the list and would run inside the write
                // transaction of every late request): the page shows it, see ranked()
                var queuedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                store.update(r.id(), ReservationStatus.WAITING, false, null, queuedAt, queuedAt);
                results.add(new AskResult(day, AskResult.Outcome.WAITING, DayState.WAITING, 0));
            }
            return results;
        });
    }

    /**
     * The outcomes of a request as shown afterwards: a day put on the waiting list gets its current rank (or, if
     * it has moved on since — promoted, cancelled — no rank). The child is checked against the household.
     */
    @Transactional(readOnly = true)
    public List<AskResult> ranked(long householdId, long childId, long activityId, List<AskResult> results) {
        households.child(householdId, childId);
        return results.stream().map(r -> r.outcome() != AskResult.Outcome.WAITING ? r
                : store.find(childId, activityId, r.day()).filter(w -> w.status() == ReservationStatus.WAITING)
                        .map(w -> new AskResult(r.day(), r.outcome(), r.state(), store.waitingPosition(w)))
                        .orElse(r)).toList();
    }

    /** Cancels days until the cancellation deadline; a freed place goes to the first on the waiting list. */
    public List<AskResult> cancel(long householdId, long childId, long activityId, Collection<LocalDate> days) {
        var child = households.child(householdId, childId);
        var activity = activities.get(activityId);
        var enrolled = enrolments.activePeriods(childId, activityId);
        LocalDateTime now = LocalDateTime.now(clock);
        var results = new ArrayList<AskResult>();
        var windows = lottery.governing(activityId);
        for (LocalDate day : sorted(days)) {
            var window = LotteryRequests.governingDay(windows, day);
            if (window.isPresent()) {
                // a request for the draw is withdrawn until the window closes
                boolean open = window.get().phase(clock.instant()) == BookingWindow.Phase.OPEN;
                results.add(open && lottery.withdraw(window.get(), childId, day)
                        ? new AskResult(day, AskResult.Outcome.DRAW_WITHDRAWN, DayState.DRAW_OPEN, 0)
                        : AskResult.refused(day, DrawDayStates.of(new DayStates.Verdict(DayState.OPEN, false),
                                window.get().phase(clock.instant()), false).state()));
                continue;
            }
            var seen = store.find(childId, activityId, day).orElse(null);
            if (seen != null && seen.status() == ReservationStatus.REQUESTED && seen.requestId() != null) {
                // Lock order: the request first, then (in the handler) the reservation, as an agent's decision does.
                var verdict = DayStates.of(new DayStates.Facts(activity, day, child.birthDate(), enrolled, seen, 0, now));
                if (verdict.cancellable() && withdrawIfPending(householdId, seen.requestId())) {
                    results.add(new AskResult(day, AskResult.Outcome.CANCELLED, verdict.state(), 0));
                } else {
                    results.add(AskResult.refused(day, verdict.state()));
                }
                continue;
            }
            var r = store.lock(childId, activityId, day).orElse(null);
            var verdict = DayStates.of(new DayStates.Facts(activity, day, child.birthDate(), enrolled, r, 0, now));
            if (r == null || !verdict.cancellable() || r.status() == ReservationStatus.REQUESTED) {
                results.add(AskResult.refused(day, verdict.state()));
                continue;
            }
            release(activity, r, ReservationStatus.CANCELLED);
            results.add(new AskResult(day, AskResult.Outcome.CANCELLED, verdict.state(), 0));
        }
        return results;
    }

    // ---- used by the request handler and absences

    /** Withdraws a reservation request still pending; the handler then frees its place. */
    boolean withdrawIfPending(long householdId, long requestId) {
        return requests.withdrawIfPending(householdId, requestId);
    }

    void confirm(long reservationId, long requestId) {
        store.lock(reservationId).filter(r -> r.status() == ReservationStatus.REQUESTED)
                .filter(r -> r.requestId() != null && r.requestId() == requestId)
                .ifPresent(r -> store.update(r.id(), ReservationStatus.RESERVED, true, r.requestId(), r.queuedAt(),
                        clock.instant()));
    }

    void releaseRequested(long reservationId, long requestId, ReservationStatus next) {
        store.lock(reservationId).filter(r -> r.status() == ReservationStatus.REQUESTED)
                .filter(r -> r.requestId() != null && r.requestId() == requestId)
                .ifPresent(r -> release(activities.get(r.activityId()), r, next));
    }

    /** Frees the row's place (if it holds one) and promotes the first on the waiting list. */
    void release(ActivityView activity, Reservation r, ReservationStatus next) {
        store.update(r.id(), next, false, r.requestId(), r.queuedAt(), clock.instant());
        if (r.holdsPlace()) {
            store.freePlace(r.activityId(), r.day());
            promote(activity, r.day());
        }
    }

    private void promote(ActivityView activity, LocalDate day) {
        if (day.isBefore(LocalDate.now(clock))) {
            return;
        }
        var first = store.firstWaiting(activity.id(), day);
        if (first.isEmpty() || !store.takePlace(activity.id(), day, activity.dailyCapacity())) {
            return;
        }
        var w = first.get();
        var child = households.child(w.householdId(), w.childId());
        hold(activity, child, w, day);
        store.markPromoted(w.id(), clock.instant());
        events.publishEvent(new WaitingListPromoted(w.householdId(), w.childId(), child.fullName(), activity.id(),
                activity.name(), day, activity.validationRequired()));
    }

    // ---- used by the lottery's allocation

    /**
     * The draw gave the child a place: taken on the day's counter (the counter's guarantee still holds), then held
     * as a pending request or an effective reservation as for any request. A row the child already holds is kept;
     * if the counter is full after all (an agent's booking meanwhile), the child goes to the waiting list.
     */
    AskResult placeDrawn(ActivityView activity, ChildView child, LocalDate day, java.time.Instant queuedAt) {
        var r = store.lockOrCreate(child.householdId(), child.id(), activity.id(), day, queuedAt);
        if (r.status().active()) {
            return AskResult.refused(day, DayState.RESERVED);
        }
        if (store.takePlace(activity.id(), day, activity.dailyCapacity())) {
            return hold(activity, child, r, day);
        }
        store.update(r.id(), ReservationStatus.WAITING, false, null, queuedAt, clock.instant());
        return new AskResult(day, AskResult.Outcome.WAITING, DayState.WAITING, 0);
    }

    /** The draw put these children on the waiting lists: their {@code queuedAt} keeps the draw's order. */
    void queueDrawn(long activityId, List<ReservationStore.Queued> rows) {
        if (!rows.isEmpty()) {
            store.queueAll(activityId, rows, clock.instant());
        }
    }

    /** Places taken per day of the period (the draw offers what is left). */
    Map<LocalDate, Integer> taken(long activityId, LocalDate from, LocalDate to) {
        return store.taken(activityId, from, to);
    }

    /** The place is taken: the row becomes a pending request (validation) or an effective reservation. */
    private AskResult hold(ActivityView activity, ChildView child, Reservation r, LocalDate day) {
        if (!activity.validationRequired()) {
            store.update(r.id(), ReservationStatus.RESERVED, true, null, r.queuedAt(), clock.instant());
            return new AskResult(day, AskResult.Outcome.RESERVED, DayState.RESERVED, 0);
        }
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("child", child.fullName());
        proposed.put("activity", activity.name());
        proposed.put("day", formats.day(day));
        long requestId = requests.submitAlongside(new NewRequest(r.householdId(), KIND, r.id(),
                child.fullName() + " — " + activity.name() + " — " + formats.day(day), proposed, Map.of()));
        store.update(r.id(), ReservationStatus.REQUESTED, true, requestId, r.queuedAt(), clock.instant());
        return new AskResult(day, AskResult.Outcome.RETAINED, DayState.REQUESTED, 0);
    }

    private static TreeSet<LocalDate> sorted(Collection<LocalDate> days) {
        var set = new TreeSet<LocalDate>(days);
        if (set.size() > MAX_DAYS_AT_ONCE) {
            throw new IllegalArgumentException("too many days at once");
        }
        return set; // ascending: concurrent multi-day requests lock the day counters in the same order
    }
}
