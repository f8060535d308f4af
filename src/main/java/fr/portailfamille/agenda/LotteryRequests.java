package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.portailfamille.activities.Activities;

import org.springframework.stereotype.Component;

/**
 * The lottery side of the agenda's entry points: which days a lottery window governs, and recording or withdrawing
 * a family's requests during the window. Used by {@link Reservations#ask} and {@link Reservations#cancel}, so
 * that every way of asking days (the month grid, a recurring week) goes through the same rule.
 */
@Component
class LotteryRequests {

    private final LotteryStore store;
    private final Activities activities;
    private final Clock clock;

    LotteryRequests(LotteryStore store, Activities activities, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.clock = clock;
    }

    /** The lottery windows of the activity not yet allocated (usually none: one small indexed query). */
    List<BookingWindow> governing(long activityId) {
        var rows = store.windowsOf(activityId).stream()
                .filter(w -> w.mode() == BookingMode.LOTTERY && w.allocatedAt() == null).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var activity = activities.get(activityId);
        return rows.stream().map(w -> w.with(activity)).toList();
    }

    static Optional<BookingWindow> governingDay(List<BookingWindow> windows, LocalDate day) {
        return windows.stream().filter(w -> w.governs(day)).findFirst();
    }

    /** The child's recorded requests in those windows, by day. */
    Map<LocalDate, LotteryStore.RequestRow> requestsOfChild(long childId, Collection<BookingWindow> windows) {
        return store.requestsOfChild(childId, windows.stream().map(BookingWindow::id).toList()).stream()
                .collect(Collectors.toMap(LotteryStore.RequestRow::day, r -> r, (a, b) -> a));
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM 'à' HH:mm", java.util.Locale.FRANCE);

    /** « 14/02 à 18:00 » in the town's zone. */
    static String when(java.time.Instant at, Clock clock) {
        return WHEN.format(at.atZone(clock.getZone()));
    }

    void record(BookingWindow window, long householdId, long childId, LocalDate day) {
        store.addRequest(window.id(), householdId, childId, day, clock.instant());
    }

    boolean withdraw(BookingWindow window, long childId, LocalDate day) {
        return store.removeRequest(window.id(), childId, day);
    }
}
