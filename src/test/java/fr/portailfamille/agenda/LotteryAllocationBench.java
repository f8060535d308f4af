package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.family.Guardian;
import fr.portailfamille.family.Households;
import fr.portailfamille.support.PortalTest;
import fr.portailfamille.support.TestClock;
import fr.portailfamille.support.TestDatabase;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allocation benchmark of bench/lottery (not part of the suite: the name ends in Bench). N families (default
 * 2,500) with one child each ask D days (default 3) of a lottery window with C places a day (default 100); the
 * allocation — draw, run report, places taken on the counter, waiting lists, one event per household — is timed.
 * Run by bench/lottery/run.sh on PostgreSQL.
 */
@PortalTest
class LotteryAllocationBench {

    @Autowired Households households;
    @Autowired Activities activities;
    @Autowired BookingWindows windows;
    @Autowired LotteryAllocation allocation;
    @Autowired LotteryStore store;
    @Autowired ReservationStore reservations;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void allocate() {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "the benchmark runs on PostgreSQL");
        int n = Integer.getInteger("lottery.families", 2500);
        int d = Integer.getInteger("lottery.days", 3);
        int c = Integer.getInteger("lottery.capacity", 100);
        LocalDate today = clock.today();
        long activity = activities.create(new ActivitySettings("Bench tirage", ActivityKind.ACCUEIL_LOISIRS, 3, 17, c,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                true, false));
        LocalDate first = today.plusDays(30).with(DayOfWeek.MONDAY);
        long period = activities.addPeriod(activity, "Vacances", first, first.plusDays(d - 1),
                EnumSet.allOf(DayOfWeek.class));
        var now = LocalDateTime.now(clock);
        windows.create(new WindowSettings(activity, period, BookingMode.LOTTERY, now.minusDays(2), now.minusHours(1),
                now.minusHours(1), LotteryRules.DEFAULT));
        long windowId = windows.idOf(activity, period);

        long seedStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long h = households.create("Famille Bench" + i, "1 rue du Banc", "44100", "Val-Fleuri", i % 5 != 0,
                    new Guardian("Mme", "Bench" + i, "Alice", LocalDate.of(1985, 1, 1), null, null, null, null,
                            "06 00 00 00 00", null, "bench." + i + "@example.org", null, null));
            long child = households.addChild(h, "Enfant" + i, "Bench" + i, today.minusYears(8), "F", null, null);
            for (int k = 0; k < d; k++) {
                store.addRequest(windowId, h, child, first.plusDays(k), clock.instant());
            }
        }
        System.out.printf("[bench] seeded %d families × %d days in %.1f s%n", n, d,
                (System.nanoTime() - seedStart) / 1e9);

        long start = System.nanoTime();
        var result = allocation.allocate(windowId, "bench");
        double seconds = (System.nanoTime() - start) / 1e9;

        long placed = result.outcomes().stream().filter(LotteryDraw.Outcome::placed).count();
        System.out.printf("[bench] allocation of %d requests (%d families × %d days, %d places a day): %.2f s, "
                + "%d places given, %d on waiting lists%n", result.outcomes().size(), n, d, c, seconds, placed,
                result.outcomes().size() - placed);
        for (int k = 0; k < d; k++) {
            var day = first.plusDays(k);
            assertThat(reservations.taken(activity, day)).isEqualTo(Math.min(c, n));
            System.out.printf("[bench] %s: taken %d / %d, waiting %d%n", day, reservations.taken(activity, day), c,
                    jdbc.sql("SELECT COUNT(*) FROM reservation WHERE activity_id = :a AND service_day = :d "
                            + "AND status = 'WAITING'").param("a", activity).param("d", day).query(Integer.class)
                            .single());
        }
        // the notices (one inbox message per household, then its e-mail) run after the commit
        long wait = System.nanoTime();
        long messages = 0;
        while (System.nanoTime() - wait < Duration.ofMinutes(3).toNanos()) {
            messages = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single();
            if (messages == 0) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.out.printf("[bench] notices: every event publication complete %.1f s after the allocation "
                + "(%d left)%n", (System.nanoTime() - wait) / 1e9 + seconds, messages);
    }
}
