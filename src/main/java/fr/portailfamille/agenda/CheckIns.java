package fr.portailfamille.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.CareSummary;
import fr.portailfamille.family.Households;
import fr.portailfamille.shared.AuditTrail;
import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in on a tablet (pointage): the children expected on an activity's day, one tap for arrived, left (with who
 * picked the child up) or absent. A tap carries the tablet's own id and is recorded once however often it is sent.
 * Absent turns the reservation into a billable absence without notice; a walk-in becomes a reserved (billable)
 * day. After the agent closes the day, each change is written to the audit trail.
 */
@Service
@Transactional
class CheckIns {

    static final ZoneId TOWN = ZoneId.of("Europe/Paris");

    enum Action { ARRIVED, LEFT, ABSENT }

    /** Leaving alone, for a child whose family allowed it. */
    static final String ALONE = "Seul(e)";

    record Card(DayEntry entry, CareSummary care, CheckInStore.Row checkIn, List<String> pickupChoices) {
        String state() {
            if (checkIn != null && checkIn.leftAt() != null) {
                return "LEFT";
            }
            if (checkIn != null && checkIn.arrivedAt() != null) {
                return "ARRIVED";
            }
            if (entry.status() == ReservationStatus.ABSENT) {
                return "ABSENT";
            }
            return "EXPECTED";
        }

        public String getState() {
            return state();
        }

        public String arrivedTime() {
            return checkIn == null ? null : hhmm(checkIn.arrivedAt());
        }

        public String leftTime() {
            return checkIn == null ? null : hhmm(checkIn.leftAt());
        }

        public boolean isWalkIn() {
            return checkIn != null && checkIn.walkIn();
        }
    }

    record ChildOption(long householdId, long childId, String name) {
        public String getValue() {
            return householdId + ":" + childId;
        }
    }

    record Day(ActivityView activity, LocalDate day, boolean closed, List<Card> cards, List<ChildOption> walkIns) {
    }

    record TapResult(boolean recorded, String state, String arrivedAt, String leftAt, String pickedUpBy) {
    }

    private final ReservationStore reservations;
    private final CheckInStore store;
    private final AgentDays days;
    private final Activities activities;
    private final Households households;
    private final Enrolments enrolments;
    private final AuditTrail audit;
    private final Clock clock;

    CheckIns(ReservationStore reservations, CheckInStore store, AgentDays days, Activities activities,
             Households households, Enrolments enrolments, AuditTrail audit, Clock clock) {
        this.reservations = reservations;
        this.store = store;
        this.days = days;
        this.activities = activities;
        this.households = households;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock;
    }

    Day day(long activityId, LocalDate day, String agent) {
        var activity = activities.get(activityId);
        var attendance = days.attendance(activityId, day, agent);
        var rows = store.of(attendance.entries().stream().map(DayEntry::reservationId).toList());
        List<Card> cards = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (var e : attendance.entries()) {
            present.add(e.childId());
            var care = attendance.care().get(e.childId());
            cards.add(new Card(e, care, rows.get(e.reservationId()), pickupChoices(e.householdId(), care)));
        }
        List<ChildOption> options = new ArrayList<>();
        for (long h : enrolments.householdsEnrolledIn(activityId)) {
            for (var child : households.children(h)) {
                if (!present.contains(child.id())) {
                    options.add(new ChildOption(h, child.id(), child.lastName() + " " + child.firstName()));
                }
            }
        }
        options.sort(java.util.Comparator.comparing(ChildOption::name));
        return new Day(activity, day, store.closed(activityId, day), cards, options);
    }

    /** The persons who may take the child: the guardians, the authorised persons, alone if allowed. */
    private List<String> pickupChoices(long householdId, CareSummary care) {
        var household = households.household(householdId);
        List<String> choices = new ArrayList<>();
        if (household.primary() != null) {
            choices.add(household.primary().firstName() + " " + household.primary().lastName());
        }
        if (household.second() != null) {
            choices.add(household.second().firstName() + " " + household.second().lastName());
        }
        if (care != null) {
            care.pickupPersons().forEach(p -> choices.add(p.fullName()));
            if (care.leaveAlone()) {
                choices.add(ALONE);
            }
        }
        return choices;
    }

    /**
     * Records a tap of the tablet. {@code tappedAt} is when the agent tapped (a queued tap keeps its time); a time
     * outside the day or in the future is replaced by now.
     *
     * @throws NotFoundException        when the reservation is not one of that activity's day
     * @throws IllegalArgumentException when the person picking up is not one of the authorised ones
     */
    TapResult tap(String tapId, long activityId, LocalDate day, long reservationId, Action action, Long tappedAtMillis,
                  String pickedUpBy, String agent) {
        var reservation = reservations.lock(reservationId)
                .filter(r -> r.activityId() == activityId && r.day().equals(day))
                .filter(r -> r.status() == ReservationStatus.RESERVED || r.status() == ReservationStatus.ABSENT)
                .orElseThrow(() -> new NotFoundException("reservation"));
        Instant now = clock.instant();
        Instant at = tappedAt(tappedAtMillis, day, now);
        var current = store.of(List.of(reservationId)).get(reservationId);
        if (!store.recordTap(tapId, reservationId, action.name(), at, now, agent)) {
            return result(false, reservationId);
        }
        String person = null;
        if (action == Action.LEFT) {
            var care = households.careSummaries(List.of(reservation.childId()), agent, "pointage").get(
                    reservation.childId());
            var choices = pickupChoices(reservation.householdId(), care);
            person = pickedUpBy == null ? null : pickedUpBy.strip();
            if (person == null || !choices.contains(person)) {
                throw new IllegalArgumentException("pickup");
            }
        }
        OffsetDateTime time = at.atZone(TOWN).toOffsetDateTime();
        boolean walkIn = current != null && current.walkIn();
        var row = switch (action) {
            case ARRIVED -> new CheckInStore.Row(reservationId, current != null && current.arrivedAt() != null
                    ? current.arrivedAt() : time, null, null, false, walkIn);
            case LEFT -> new CheckInStore.Row(reservationId, current != null && current.arrivedAt() != null
                    ? current.arrivedAt() : time, time, person, false, walkIn);
            case ABSENT -> new CheckInStore.Row(reservationId, null, null, null, true, walkIn);
        };
        if (action == Action.ABSENT) {
            reservations.markNoShow(reservationId, now);
        } else {
            reservations.undoNoShow(reservationId, now);
        }
        store.save(row, agent, now);
        if (store.closed(activityId, day)) {
            audit.record(agent, "CHECK_IN_AFTER_CLOSE", reservation.householdId(),
                    "pointage #" + reservationId + " du " + day, action.name());
        }
        return result(true, reservationId);
    }

    private TapResult result(boolean recorded, long reservationId) {
        var r = reservations.find(reservationId).orElseThrow();
        var row = store.of(List.of(reservationId)).get(reservationId);
        var card = new Card(new DayEntry(r.id(), r.householdId(), r.childId(), "", null, "", null, r.status(), null, 0,
                true, null), null, row, List.of());
        return new TapResult(recorded, card.state(), row == null ? null : hhmm(row.arrivedAt()),
                row == null ? null : hhmm(row.leftAt()), row == null ? null : row.pickedUpBy());
    }

    static String hhmm(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(TOWN).toLocalTime().withSecond(0).withNano(0).toString();
    }

    private Instant tappedAt(Long millis, LocalDate day, Instant now) {
        if (millis == null) {
            return now;
        }
        Instant at = Instant.ofEpochMilli(millis);
        boolean sameDay = at.atZone(TOWN).toLocalDate().equals(day);
        return sameDay && !at.isAfter(now.plusSeconds(120)) ? at : now;
    }

    /** A child come without reservation: a reserved (billable) day, arrived now. */
    long walkIn(long activityId, LocalDate day, long householdId, long childId, String agent) {
        activities.get(activityId);
        households.child(householdId, childId);
        Instant now = clock.instant();
        var r = reservations.lockOrCreate(householdId, childId, activityId, day, now);
        boolean wasExpected = r.status() == ReservationStatus.RESERVED;
        if (!wasExpected) {
            reservations.update(r.id(), ReservationStatus.RESERVED, r.holdsPlace(), r.requestId(), now, now);
        }
        var current = store.of(List.of(r.id())).get(r.id());
        if (current == null || current.arrivedAt() == null) {
            store.save(new CheckInStore.Row(r.id(), now.atZone(TOWN).toOffsetDateTime(), null, null, false,
                    (current != null && current.walkIn()) || !wasExpected), agent, now);
        }
        if (store.closed(activityId, day)) {
            audit.record(agent, "CHECK_IN_AFTER_CLOSE", householdId, "pointage #" + r.id() + " du " + day, "WALK_IN");
        }
        return r.id();
    }

    void close(long activityId, LocalDate day, String agent) {
        activities.get(activityId);
        store.close(activityId, day, agent, clock.instant());
    }

    Map<Long, CheckInStore.Row> rows(List<Long> reservationIds) {
        return store.of(reservationIds);
    }
}
