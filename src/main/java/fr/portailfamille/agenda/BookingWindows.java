package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking windows' face: how an activity period's days are decided (first come, first served, or a lottery),
 * the windows the agenda announces, the agents' report, the families' outcomes and the households' priority flags.
 */
@Service
@Transactional
public class BookingWindows {

    private final LotteryStore store;
    private final LotteryAllocation allocation;
    private final Activities activities;
    private final Households households;
    private final Reservations reservations;
    private final Clock clock;

    BookingWindows(LotteryStore store, LotteryAllocation allocation, Activities activities, Households households,
                   Reservations reservations, Clock clock) {
        this.store = store;
        this.allocation = allocation;
        this.activities = activities;
        this.households = households;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BookingWindow> all() {
        return store.windows().stream().map(w -> w.with(activities.get(w.activityId()))).toList();
    }

    @Transactional(readOnly = true)
    public BookingWindow get(long windowId) {
        var row = store.window(windowId).orElseThrow(() -> new NotFoundException("window"));
        return row.with(activities.get(row.activityId()));
    }

    /** The lottery windows not yet allocated of these activities: the agenda announces them whatever the month. */
    @Transactional(readOnly = true)
    public List<BookingWindow> announced(Collection<Long> activityIds) {
        return activityIds.stream().flatMap(id -> store.windowsOf(id).stream())
                .filter(w -> w.mode() == BookingMode.LOTTERY && w.allocatedAt() == null)
                .map(w -> w.with(activities.get(w.activityId()))).toList();
    }

    /** Why a window cannot be saved (label {@code window.error.<NAME>}), on its field. */
    public enum Problem { PERIOD_TAKEN, ORDER, ALREADY_ALLOCATED }

    /** Creates a window; the problem when it cannot be (the period has one, the times are out of order). */
    public java.util.Optional<Problem> create(WindowSettings s) {
        var activity = activities.get(s.activityId());
        activity.period(s.periodId()).orElseThrow(() -> new NotFoundException("period"));
        var problem = check(s, 0);
        if (problem.isEmpty()) {
            store.insertWindow(s.activityId(), s.periodId(), s.mode(), at(s.opensAt()), at(s.closesAt()),
                    at(s.allocateAt()), s.rules());
        }
        return problem;
    }

    public java.util.Optional<Problem> update(long windowId, WindowSettings s) {
        var window = get(windowId);
        if (window.allocatedAt() != null) {
            return java.util.Optional.of(Problem.ALREADY_ALLOCATED);
        }
        var problem = check(new WindowSettings(window.activityId(), window.period().id(), s.mode(), s.opensAt(),
                s.closesAt(), s.allocateAt(), s.rules()), windowId);
        if (problem.isEmpty()) {
            store.updateWindow(windowId, s.mode(), at(s.opensAt()), at(s.closesAt()), at(s.allocateAt()), s.rules());
        }
        return problem;
    }

    /** The window id of a new window of that period (after {@link #create}). */
    @Transactional(readOnly = true)
    public long idOf(long activityId, long periodId) {
        return store.windowsOf(activityId).stream().filter(w -> w.periodId() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundException("window")).id();
    }

    private java.util.Optional<Problem> check(WindowSettings s, long windowId) {
        if (store.periodHasWindow(s.activityId(), s.periodId(), windowId)) {
            return java.util.Optional.of(Problem.PERIOD_TAKEN);
        }
        if (!s.opensAt().isBefore(s.closesAt()) || s.allocateAt().isBefore(s.closesAt())) {
            return java.util.Optional.of(Problem.ORDER);
        }
        return java.util.Optional.empty();
    }

    private Instant at(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    /** Runs the allocation now (an agent's button): the refusal's label key when refused. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public java.util.Optional<String> allocate(long windowId, String agent) {
        get(windowId);
        try {
            allocation.allocate(windowId, agent);
            return java.util.Optional.empty();
        } catch (LotteryAllocation.Refused e) {
            return java.util.Optional.of("lottery.refused." + e.reason.name());
        }
    }

    // ---- the agents' screen and report

    /** One day of a window: requests vs places before the draw; after it, the draw's figures. */
    public record DayLine(LocalDate day, int requests, int capacity, int placesLeft, int placed) {
        public boolean contested() {
            return requests > placesLeft;
        }
    }

    /** The run of a window: the seed and rules in force, who and when. */
    public record RunView(long seed, Instant ranAt, String ranBy, LotteryRules rules) {
    }

    @Transactional(readOnly = true)
    public List<DayLine> days(long windowId) {
        var window = get(windowId);
        var activity = activities.get(window.activityId());
        var run = store.runDays(windowId);
        if (!run.isEmpty()) {
            return run.values().stream().map(f -> new DayLine(f.day(), f.requests(), activity.dailyCapacity(),
                    f.places(), f.placed())).toList();
        }
        var taken = reservations.taken(activity.id(), window.period().start(), window.period().end());
        Map<LocalDate, Integer> demand = store.demand(windowId).stream()
                .collect(Collectors.toMap(LotteryStore.DayDemand::day, LotteryStore.DayDemand::requests));
        return window.period().start().datesUntil(window.period().end().plusDays(1))
                .filter(activity::isOpen)
                .map(d -> new DayLine(d, demand.getOrDefault(d, 0), activity.dailyCapacity(),
                        Math.max(0, activity.dailyCapacity() - taken.getOrDefault(d, 0)), 0)).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RunView> run(long windowId) {
        return store.run(windowId).map(r -> new RunView(r.seed(), r.ranAt(), r.ranBy(), r.rules()));
    }

    // ---- the families' side

    /** A child's day after a draw, and why (« tirage au sort parmi 240 demandes pour 100 places ; votre rang : 137 »). */
    public record ChildOutcome(String activityName, String periodLabel, LocalDate day, boolean placed,
                               int waitingRank, int lotteryRank, int requests, int places) {
    }

    /** The outcomes of this child's requests in the allocated windows (the child checked against the household). */
    @Transactional(readOnly = true)
    public List<ChildOutcome> outcomes(long householdId, long childId) {
        households.child(householdId, childId);
        var allocated = all().stream().filter(w -> w.lottery() && w.allocatedAt() != null).toList();
        if (allocated.isEmpty()) {
            return List.of();
        }
        var byId = allocated.stream().collect(Collectors.toMap(BookingWindow::id, w -> w));
        var figures = allocated.stream().collect(Collectors.toMap(BookingWindow::id, w -> store.runDays(w.id())));
        return store.requestsOfChild(childId, byId.keySet()).stream().filter(r -> r.placed() != null).map(r -> {
            var w = byId.get(r.windowId());
            var f = figures.get(r.windowId()).get(r.day());
            return new ChildOutcome(w.activityName(), w.period().label(), r.day(), r.placed(), r.waitingRank(),
                    r.lotteryRank(), f == null ? 0 : f.requests(), f == null ? 0 : f.places());
        }).toList();
    }

    /** Whether the family accepts that its children be drawn separately (siblings rule). */
    @Transactional(readOnly = true)
    public boolean acceptsSplit(long householdId) {
        return store.flags(householdId).acceptsSplit();
    }

    public void setAcceptsSplit(long householdId, boolean accepts) {
        var flags = store.flags(householdId);
        store.setFlags(householdId, new LotteryStore.Flags(flags.workingParents(), accepts));
    }

    @Transactional(readOnly = true)
    public boolean workingParents(long householdId) {
        households.household(householdId);
        return store.flags(householdId).workingParents();
    }

    /** Set by an agent from proof (both parents work, or a single working parent). */
    public void setWorkingParents(long householdId, boolean working) {
        households.household(householdId);
        var flags = store.flags(householdId);
        store.setFlags(householdId, new LotteryStore.Flags(working, flags.acceptsSplit()));
    }
}
