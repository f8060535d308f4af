package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allocation of a lottery window, once, after its close: the seed is drawn and stored with the rules in force,
 * {@link LotteryDraw} decides from the stored requests, and the normal flow resumes — places held become pending
 * requests or effective reservations, the others join the waiting list in the draw's order (ahead of any later
 * request), and each household is told through one {@link DrawOutcomes} event.
 */
@Service
class LotteryAllocation {

    /** Why an allocation is refused (label {@code lottery.refused.<NAME>}). */
    enum Refusal { NOT_LOTTERY, NOT_CLOSED, ALREADY_RUN }

    static final class Refused extends RuntimeException {
        final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LotteryAllocation.class);

    private final LotteryStore store;
    private final Reservations reservations;
    private final Activities activities;
    private final Households households;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final java.util.random.RandomGenerator seeds;

    LotteryAllocation(LotteryStore store, Reservations reservations, Activities activities, Households households,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reservations = reservations;
        this.activities = activities;
        this.households = households;
        this.events = events;
        this.clock = clock;
        this.seeds = new java.security.SecureRandom();
    }

    /** Runs the window's allocation with a fresh seed; refused before the close, or a second time. */
    @Transactional(noRollbackFor = Refused.class)
    public LotteryDraw.Result allocate(long windowId, String by) {
        var row = store.window(windowId).orElseThrow(() -> new NotFoundException("window"));
        if (row.mode() != BookingMode.LOTTERY) {
            throw new Refused(Refusal.NOT_LOTTERY);
        }
        store.lockWindow(windowId);
        if (store.run(windowId).isPresent()) {
            throw new Refused(Refusal.ALREADY_RUN);
        }
        Instant now = clock.instant();
        if (now.isBefore(row.closesAt())) {
            throw new Refused(Refusal.NOT_CLOSED);
        }
        var activity = activities.get(row.activityId());
        var window = row.with(activity);
        long seed = seeds.nextLong();
        long t0 = System.nanoTime();
        var result = draw(window, seed);
        long t1 = System.nanoTime();
        store.insertRun(windowId, seed, now, by, window.rules(), result.days());
        store.recordOutcomes(result.outcomes());
        long t2 = System.nanoTime();
        apply(window, result, now);
        LOG.info("Lottery window {} allocated by {}: {} requests; read and draw {} ms, run and outcomes stored {} ms, "
                + "places, waiting lists and notices {} ms", windowId, by, result.outcomes().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return result;
    }

    /**
     * The draw from the stored requests: with the stored seed it gives the stored result again (the places offered
     * are those left at the time, stored in the run's report).
     */
    LotteryDraw.Result draw(BookingWindow window, long seed) {
        var requests = store.requestsOf(window.id());
        var householdIds = requests.stream().map(LotteryStore.RequestRow::householdId).distinct().toList();
        var residents = households.residents(householdIds);
        var flags = store.flags(householdIds);
        var pai = window.rules().paiQuota() > 0
                ? paiChildren(requests.stream().map(LotteryStore.RequestRow::childId).distinct().toList())
                : java.util.Set.<Long>of();
        var entries = requests.stream().map(r -> {
            var f = flags.getOrDefault(r.householdId(), LotteryStore.Flags.NONE);
            return new LotteryEntry(r.id(), r.householdId(), r.childId(), r.day(), residents.contains(r.householdId()),
                    f.workingParents(), f.acceptsSplit(), pai.contains(r.childId()));
        }).toList();
        var stored = store.runDays(window.id());
        Map<java.time.LocalDate, Integer> places = new HashMap<>();
        if (!stored.isEmpty()) {
            stored.forEach((d, f) -> places.put(d, f.places()));
        } else {
            var activity = activities.get(window.activityId());
            var taken = reservations.taken(window.activityId(), window.period().start(), window.period().end());
            requests.stream().map(LotteryStore.RequestRow::day).distinct()
                    .forEach(d -> places.put(d, Math.max(0, activity.dailyCapacity() - taken.getOrDefault(d, 0))));
        }
        return LotteryDraw.draw(entries, places, window.rules(), seed);
    }

    private java.util.Set<Long> paiChildren(List<Long> childIds) {
        return households.careSummaries(childIds, "tirage au sort", "quota PAI").values().stream()
                .filter(fr.portailfamille.family.CareSummary::pai)
                .map(fr.portailfamille.family.CareSummary::childId).collect(Collectors.toSet());
    }

    private void apply(BookingWindow window, LotteryDraw.Result result, Instant now) {
        long started = System.nanoTime();
        var activity = activities.get(window.activityId());
        var children = households.childrenById(
                result.outcomes().stream().map(LotteryDraw.Outcome::childId).distinct().toList());
        var figures = result.days().stream().collect(Collectors.toMap(LotteryDraw.DayFigures::day, f -> f));
        // the draw's waiting list before any later request: one microsecond per rank, a second before the run
        Instant base = now.minus(Duration.ofSeconds(1));
        Map<Long, List<DrawOutcomes.Line>> lines = new TreeMap<>();
        var ordered = new ArrayList<>(result.outcomes());
        ordered.sort(java.util.Comparator.comparing(LotteryDraw.Outcome::day)
                .thenComparingInt(LotteryDraw.Outcome::lotteryRank));
        var waiting = new ArrayList<ReservationStore.Queued>();
        for (var o : ordered) {
            ChildView child = children.get(o.childId());
            Instant queuedAt = base.plus(Duration.ofNanos(1000L * o.lotteryRank()));
            if (o.placed()) {
                reservations.placeDrawn(activity, child, o.day(), queuedAt);
            } else {
                waiting.add(new ReservationStore.Queued(o.householdId(), o.childId(), o.day(), queuedAt));
            }
            var f = figures.get(o.day());
            lines.computeIfAbsent(o.householdId(), h -> new ArrayList<>()).add(new DrawOutcomes.Line(
                    child.fullName(), o.day(), o.placed(), o.waitingRank(), o.lotteryRank(), f.requests(),
                    f.places()));
        }
        long placedAt = System.nanoTime();
        reservations.queueDrawn(activity.id(), waiting);
        long queuedAt = System.nanoTime();
        lines.forEach((household, ofHousehold) -> events.publishEvent(new DrawOutcomes(household, window.id(),
                activity.name(), window.period().label(), now, ofHousehold)));
        LOG.info("Lottery window {}: places held {} ms (before), waiting lists {} ms, {} notices published {} ms",
                window.id(), (placedAt - started) / 1_000_000, (queuedAt - placedAt) / 1_000_000, lines.size(),
                (System.nanoTime() - queuedAt) / 1_000_000);
    }
}
