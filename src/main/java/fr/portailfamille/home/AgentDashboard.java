package fr.portailfamille.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.agenda.ActivityDayLoad;
import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.messaging.Inbox;
import fr.portailfamille.messaging.TownWork;
import fr.portailfamille.requests.Requests;

import org.springframework.stereotype.Component;

/**
 * « À faire aujourd'hui » on /gestion (issue 16): what waits for the agents, each figure read through the
 * facade of the module that owns it, each line with the filtered list that deals with it.
 */
@Component
class AgentDashboard {

    /** How far ahead reservations awaiting validation are counted. */
    static final int VALIDATION_HORIZON_DAYS = 90;
    /** A notice still in the outbox after this long failed at least once (the outbox retries every minute). */
    static final Duration NOTICE_FAILED_AFTER = Duration.ofMinutes(5);

    record PendingLine(String kind, long count, long oldestDays) {
    }

    /** An activity's figure; day is the day to open (the first one concerned). */
    record ActivityLine(long activityId, String name, int count, LocalDate day) {
    }

    record Today(List<PendingLine> requests, long pendingTotal, TownWork messages, int failedNotices,
                 List<ActivityLine> awaitingValidation, List<ActivityLine> expectedToday,
                 List<ActivityLine> expectedTomorrow, LocalDate today, List<ActivityLine> waitingMoves,
                 int incompleteRecords) {
    }

    private final Requests requests;
    private final Inbox inbox;
    private final Reservations reservations;
    private final Activities activities;
    private final IncompleteRecords incomplete;
    private final Clock clock;

    AgentDashboard(Requests requests, Inbox inbox, Reservations reservations, Activities activities,
                   IncompleteRecords incomplete, Clock clock) {
        this.incomplete = incomplete;
        this.requests = requests;
        this.inbox = inbox;
        this.reservations = reservations;
        this.activities = activities;
        this.clock = clock;
    }

    Today today() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        var pending = requests.pendingByKind().stream().map(p -> new PendingLine(p.kind(), p.count(),
                WaitingAge.days(p.oldestSince(), today, clock.getZone()))).toList();
        Map<Long, String> names = new LinkedHashMap<>();
        activities.all().forEach(a -> names.put(a.id(), a.name()));
        List<ActivityDayLoad> loads = reservations.dayLoads(today, today.plusDays(VALIDATION_HORIZON_DAYS));
        Map<Long, ActivityLine> awaiting = new LinkedHashMap<>();
        List<ActivityLine> expectedToday = new ArrayList<>();
        List<ActivityLine> expectedTomorrow = new ArrayList<>();
        for (ActivityDayLoad load : loads) {
            String name = names.getOrDefault(load.activityId(), "");
            if (load.requested() > 0) {
                awaiting.merge(load.activityId(), new ActivityLine(load.activityId(), name, load.requested(),
                        load.day()), (a, b) -> new ActivityLine(a.activityId(), a.name(), a.count() + b.count(),
                        a.day()));
            }
            if (load.reserved() > 0 && load.day().equals(today)) {
                expectedToday.add(new ActivityLine(load.activityId(), name, load.reserved(), load.day()));
            } else if (load.reserved() > 0 && load.day().equals(today.plusDays(1))) {
                expectedTomorrow.add(new ActivityLine(load.activityId(), name, load.reserved(), load.day()));
            }
        }
        // « since yesterday »: from midnight yesterday in the town, the same for every agent (no per-agent state)
        var moves = reservations.promotedSince(today.minusDays(1).atStartOfDay(clock.getZone()).toInstant())
                .stream().map(m -> new ActivityLine(m.activityId(), names.getOrDefault(m.activityId(), ""),
                        m.promoted(), m.firstDay())).toList();
        return new Today(pending, pending.stream().mapToLong(PendingLine::count).sum(), inbox.townWork(),
                inbox.failedNotices(now, NOTICE_FAILED_AFTER), List.copyOf(awaiting.values()), expectedToday,
                expectedTomorrow, today, moves, incomplete.thisWeek().size());
    }

    /** Whole days a request has waited, counted in the town's calendar (submitted yesterday: 1). */
    static final class WaitingAge {

        private WaitingAge() {
        }

        static long days(Instant since, LocalDate today, java.time.ZoneId zone) {
            return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(since, zone), today));
        }
    }

}
