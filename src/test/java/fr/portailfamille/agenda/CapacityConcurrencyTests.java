package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.requests.RequestStatus;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.support.Fixtures;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many families ask the same day at the same instant on PostgreSQL: the capacity is never exceeded. */
@PortalTest
class CapacityConcurrencyTests {

    static final int FAMILIES = 60;
    static final int CAPACITY = 7;

    @Autowired Reservations reservations;
    @Autowired Requests requests;
    @Autowired Activities activities;
    @Autowired Enrolments enrolments;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ReservationStore store;

    @Test
    void concurrentRequestsNeverOverbookAndTheWaitingListIsAStrictQueue() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only: H2 does not show real row-lock concurrency");
        var support = new AgendaTestSupport(activities, enrolments, fixtures);
        var setup = support.activity("Ruée", CAPACITY, true);
        var families = new ArrayList<Fixtures.TestFamily>();
        for (int i = 0; i < FAMILIES; i++) {
            families.add(support.enrolledFamily("Ruee" + i, setup));
        }
        LocalDate day = support.bookableDay(20);

        var results = fireAtOnce(families.stream().<Callable<AskResult>>map(f -> () -> reservations.ask(
                f.householdId(), f.childId(), setup.activityId(), List.of(day)).get(0)).toList());

        assertThat(results.stream().filter(r -> r.outcome() == AskResult.Outcome.RETAINED)).hasSize(CAPACITY);
        assertThat(results.stream().filter(r -> r.outcome() == AskResult.Outcome.WAITING)).hasSize(FAMILIES - CAPACITY);
        // once committed, the waiting list is a strict queue: ranks 1..N, each once
        var waiting = store.ofDay(setup.activityId(), day).stream()
                .filter(r -> r.status() == ReservationStatus.WAITING).toList();
        assertThat(waiting.stream().map(store::waitingPosition).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, FAMILIES - CAPACITY).boxed().toList());
        assertCapacityHolds(setup.activityId(), day);
        // a request that saw a place, wrote its request and then lost the last place to another leaves nothing behind
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM request q JOIN reservation r ON r.id = q.subject_id
                 WHERE q.kind = 'agenda.reservation' AND r.activity_id = :a AND r.service_day = :d""")
                .param("a", setup.activityId()).param("d", day).query(Integer.class).single()).isEqualTo(CAPACITY);

        // Now agents refuse and accept concurrently while families cancel and others ask again:
        // the freed places go to the waiting list and the count still never exceeds the capacity.
        var pending = families.stream()
                .flatMap(f -> requests.ofHousehold(f.householdId(), RequestStatus.PENDING).stream()).toList();
        var tasks = new ArrayList<Callable<Object>>();
        for (int i = 0; i < pending.size(); i++) {
            var request = pending.get(i);
            boolean refuse = i % 2 == 0;
            tasks.add(() -> {
                try {
                    if (refuse) {
                        requests.refuse(request.id(), "agent", "test");
                    } else {
                        requests.accept(request.id(), "agent", null);
                    }
                } catch (fr.portailfamille.requests.RequestTransitionException withdrawnMeanwhile) {
                    // a family withdrew it at the same instant: a decided request cannot be decided again
                }
                return null;
            });
        }
        for (var f : families.subList(CAPACITY, CAPACITY + 10)) {
            tasks.add(() -> reservations.cancel(f.householdId(), f.childId(), setup.activityId(), List.of(day)));
        }
        fireAtOnce(tasks);
        assertCapacityHolds(setup.activityId(), day);
        int holding = jdbc.sql("""
                SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day = :d AND holds_place""")
                .param("a", setup.activityId()).param("d", day).query(Integer.class).single();
        assertThat(holding).as("refused places were given to the waiting list").isEqualTo(CAPACITY);
    }

    private void assertCapacityHolds(long activityId, LocalDate day) {
        int holding = jdbc.sql("""
                SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day = :d AND holds_place""")
                .param("a", activityId).param("d", day).query(Integer.class).single();
        int counter = jdbc.sql("SELECT taken FROM activity_day_load WHERE activity_id = :a AND service_day = :d")
                .param("a", activityId).param("d", day).query(Integer.class).single();
        assertThat(holding).isLessThanOrEqualTo(CAPACITY);
        assertThat(counter).as("counter matches the rows holding a place").isEqualTo(holding);
    }

    private static <T> List<T> fireAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
