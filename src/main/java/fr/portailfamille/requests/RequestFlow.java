package fr.portailfamille.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts requests per week from their creation and decision instants: received in the week, decided in the week,
 * open at its end (created before the end and not decided before it). Weeks run monday to sunday in the town's zone.
 */
final class RequestFlow {

    /** One request's two instants; decidedAt is null while it waits. */
    record Moment(Instant createdAt, Instant decidedAt) {
    }

    private RequestFlow() {
    }

    static List<WeeklyRequests> weekly(List<Moment> moments, LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeeklyRequests> weeks = new ArrayList<>();
        for (LocalDate m = monday; !m.isAfter(to); m = m.plusWeeks(1)) {
            Instant start = m.atStartOfDay(zone).toInstant();
            Instant end = m.plusWeeks(1).atStartOfDay(zone).toInstant();
            int received = 0;
            int decided = 0;
            int open = 0;
            for (Moment r : moments) {
                if (within(r.createdAt(), start, end)) {
                    received++;
                }
                if (r.decidedAt() != null && within(r.decidedAt(), start, end)) {
                    decided++;
                }
                if (r.createdAt().isBefore(end) && (r.decidedAt() == null || !r.decidedAt().isBefore(end))) {
                    open++;
                }
            }
            weeks.add(new WeeklyRequests(m, received, decided, open));
        }
        return weeks;
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
