package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class LotteryWindowsTests {

    @Autowired Reservations reservations;
    @Autowired BookingWindows windows;
    @Autowired LotteryAllocation allocation;
    @Autowired LotteryStore lotteryStore;
    @Autowired ReservationStore store;
    @Autowired TestClock clock;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationEvents events;
    AgendaTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(activities, enrolments, fixtures);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    long lotteryWindow(AgendaTestSupport.Setup setup, LotteryRules rules) {
        var now = LocalDateTime.now(clock);
        assertThat(windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.LOTTERY,
                now.minusHours(1), now.plusHours(1), now.plusHours(2), rules))).isEmpty();
        return windows.idOf(setup.activityId(), setup.periodId());
    }

    DayCell cell(Fixtures.TestFamily family, AgendaTestSupport.Setup setup, LocalDate day) {
        return reservations.month(family.householdId(), family.childId(), setup.activityId(), YearMonth.from(day))
                .weeks().stream().flatMap(List::stream).filter(c -> c.day().equals(day) && c.inMonth())
                .findFirst().orElseThrow();
    }

    @Test
    void duringTheWindowAskingRecordsARequestWithoutTakingAPlaceAndCanBeWithdrawn() {
        var setup = support.activity("Tirage A", 2, false);
        long windowId = lotteryWindow(setup, LotteryRules.DEFAULT);
        var family = support.enrolledFamily("TirageA", setup);
        LocalDate day = support.bookableDay(10);
        LocalDate other = support.bookableDay(12);

        assertThat(cell(family, setup, day).state()).isEqualTo(DayState.DRAW_OPEN);
        var results = reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day, other));
        assertThat(results).extracting(AskResult::outcome).containsOnly(AskResult.Outcome.DRAW_ASKED);
        assertThat(store.taken(setup.activityId(), day)).isZero();
        var asked = cell(family, setup, day);
        assertThat(asked.state()).isEqualTo(DayState.DRAW_ASKED);
        assertThat(asked.cancellable()).isTrue();
        assertThat(asked.drawAt()).contains(" à ");

        var withdrawn = reservations.cancel(family.householdId(), family.childId(), setup.activityId(), List.of(other));
        assertThat(withdrawn).extracting(AskResult::outcome).containsExactly(AskResult.Outcome.DRAW_WITHDRAWN);
        assertThat(lotteryStore.requestsOf(windowId)).extracting(LotteryStore.RequestRow::day).containsExactly(day);

        // the window closes: nothing can be asked nor withdrawn until the draw
        clock.advance(Duration.ofMinutes(90));
        assertThat(cell(family, setup, other).state()).isEqualTo(DayState.DRAW_CLOSED);
        assertThat(cell(family, setup, day).cancellable()).isFalse();
        assertThat(reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(other)))
                .extracting(AskResult::outcome).containsOnly(AskResult.Outcome.REFUSED);
        assertThat(reservations.cancel(family.householdId(), family.childId(), setup.activityId(), List.of(day)))
                .extracting(AskResult::outcome).containsOnly(AskResult.Outcome.REFUSED);
    }

    @Test
    void theAllocationIsRefusedBeforeTheCloseRunsOnceAndThenTheNormalFlowResumes() {
        var setup = support.activity("Tirage B", 2, false);
        long windowId = lotteryWindow(setup, LotteryRules.DEFAULT);
        var families = List.of(support.enrolledFamily("TirageB1", setup), support.enrolledFamily("TirageB2", setup),
                support.enrolledFamily("TirageB3", setup));
        LocalDate day = support.bookableDay(10);
        families.forEach(f -> reservations.ask(f.householdId(), f.childId(), setup.activityId(), List.of(day)));

        assertThat(windows.allocate(windowId, "agent")).hasValue("lottery.refused.NOT_CLOSED");
        clock.advance(Duration.ofMinutes(90));
        assertThat(windows.allocate(windowId, "agent")).isEmpty();
        assertThat(windows.allocate(windowId, "agent")).hasValue("lottery.refused.ALREADY_RUN");

        assertThat(store.taken(setup.activityId(), day)).isEqualTo(2);
        var states = families.stream().map(f -> cell(f, setup, day).state()).toList();
        assertThat(states).containsExactlyInAnyOrder(DayState.RESERVED, DayState.RESERVED, DayState.WAITING);
        var loser = families.get(states.indexOf(DayState.WAITING));
        assertThat(cell(loser, setup, day).position()).isEqualTo(1);
        var outcome = windows.outcomes(loser.householdId(), loser.childId());
        assertThat(outcome).singleElement().satisfies(o -> {
            assertThat(o.placed()).isFalse();
            assertThat(o.waitingRank()).isEqualTo(1);
            assertThat(o.lotteryRank()).isEqualTo(3);
            assertThat(o.requests()).isEqualTo(3);
            assertThat(o.places()).isEqualTo(2);
        });
        // one notice per household
        assertThat(events.stream(DrawOutcomes.class).filter(e -> e.windowId() == windowId)).hasSize(3);

        // a later request queues behind the draw's waiting list
        var late = support.enrolledFamily("TirageB4", setup);
        assertThat(reservations.ask(late.householdId(), late.childId(), setup.activityId(), List.of(day)))
                .extracting(AskResult::outcome).containsOnly(AskResult.Outcome.WAITING);
        assertThat(cell(late, setup, day).position()).isEqualTo(2);
        // a winner cancels: the draw's first waiting gets the place
        var winner = families.get(states.indexOf(DayState.RESERVED));
        reservations.cancel(winner.householdId(), winner.childId(), setup.activityId(), List.of(day));
        assertThat(cell(loser, setup, day).state()).isEqualTo(DayState.RESERVED);
    }

    @Test
    void reRunningFromTheStoredSeedAndRequestsGivesTheSameResult() {
        var setup = support.activity("Tirage C", 3, true);
        long windowId = lotteryWindow(setup, LotteryRules.DEFAULT);
        LocalDate day = support.bookableDay(10);
        LocalDate next = support.bookableDay(11);
        for (int i = 0; i < 8; i++) {
            var f = support.enrolledFamily("TirageC" + i, setup);
            reservations.ask(f.householdId(), f.childId(), setup.activityId(), i % 2 == 0 ? List.of(day, next)
                    : List.of(day));
        }
        clock.advance(Duration.ofMinutes(90));
        var first = allocation.allocate(windowId, "agent");
        var run = windows.run(windowId).orElseThrow();

        var again = allocation.draw(windows.get(windowId), run.seed());
        assertThat(Set.copyOf(again.outcomes())).isEqualTo(Set.copyOf(first.outcomes()));
        assertThat(lotteryStore.requestsOf(windowId)).allSatisfy(r -> {
            var o = again.outcomes().stream().filter(x -> x.requestId() == r.id()).findFirst().orElseThrow();
            assertThat(r.placed()).isEqualTo(o.placed());
            assertThat(r.lotteryRank()).isEqualTo(o.lotteryRank());
        });
        // validation required: the places won are pending requests
        assertThat(store.ofDay(setup.activityId(), day)).filteredOn(r -> r.status() == ReservationStatus.REQUESTED)
                .hasSize(3);
        assertThat(run.rules()).isEqualTo(LotteryRules.DEFAULT);
    }

    @Test
    void beforeTheWindowOpensTheDaysAnnounceIt() {
        var setup = support.activity("Tirage D", 2, false);
        var now = LocalDateTime.now(clock);
        windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.LOTTERY,
                now.plusDays(1), now.plusDays(2), now.plusDays(2), LotteryRules.DEFAULT));
        var family = support.enrolledFamily("TirageD", setup);
        LocalDate day = support.bookableDay(10);
        assertThat(cell(family, setup, day).state()).isEqualTo(DayState.DRAW_SOON);
        assertThat(reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day)))
                .extracting(AskResult::outcome).containsOnly(AskResult.Outcome.REFUSED);
        assertThat(windows.announced(List.of(setup.activityId()))).hasSize(1);
    }

    @Test
    void aFirstComeFirstServedWindowChangesNothing() {
        var setup = support.activity("Tirage E", 2, false);
        var now = LocalDateTime.now(clock);
        windows.create(new WindowSettings(setup.activityId(), setup.periodId(), BookingMode.FCFS,
                now.minusHours(1), now.plusHours(1), now.plusHours(1), LotteryRules.DEFAULT));
        var family = support.enrolledFamily("TirageE", setup);
        LocalDate day = support.bookableDay(10);
        assertThat(reservations.ask(family.householdId(), family.childId(), setup.activityId(), List.of(day)))
                .extracting(AskResult::outcome).containsOnly(AskResult.Outcome.RESERVED);
        assertThat(windows.announced(List.of(setup.activityId()))).isEmpty();
    }
}
