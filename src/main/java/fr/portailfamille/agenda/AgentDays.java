package fr.portailfamille.agenda;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.CareSummary;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.RequestTransitionException;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Service;

/** The agents' view of an activity's days: counts, the day's requests and waiting list, attendance. */
@Service
class AgentDays {

    private final ReservationStore store;
    private final Activities activities;
    private final Households households;
    private final Requests requests;
    private final Formats formats;

    AgentDays(ReservationStore store, Activities activities, Households households, Requests requests,
              Formats formats) {
        this.store = store;
        this.activities = activities;
        this.households = households;
        this.requests = requests;
        this.formats = formats;
    }

    List<DaySummary> month(long activityId, YearMonth month) {
        var activity = activities.get(activityId);
        var counts = new HashMap<LocalDate, ReservationStore.DayCount>();
        store.dayCounts(activityId, month.atDay(1), month.atEndOfMonth()).forEach(c -> counts.put(c.day(), c));
        var taken = store.taken(activityId, month.atDay(1), month.atEndOfMonth());
        var days = new ArrayList<DaySummary>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (activity.isOpen(d) || counts.containsKey(d)) {
                var c = counts.get(d);
                days.add(new DaySummary(d, activity.dailyCapacity(), taken.getOrDefault(d, 0),
                        c == null ? 0 : c.requested(), c == null ? 0 : c.reserved(), c == null ? 0 : c.waiting()));
            }
        }
        return days;
    }

    List<DayEntry> day(long activityId, LocalDate day) {
        activities.get(activityId);
        Map<Long, String[]> families = new HashMap<>();
        var entries = new ArrayList<DayEntry>();
        int rank = 0;
        for (var r : store.ofDay(activityId, day)) {
            if (!r.status().active()) {
                continue;
            }
            var child = households.child(r.householdId(), r.childId());
            var family = families.computeIfAbsent(r.householdId(), h -> {
                var view = households.household(h);
                return new String[] {view.name(), view.primary() == null ? null : view.primary().mainPhone()};
            });
            int position = r.status() == ReservationStatus.WAITING ? ++rank : 0;
            entries.add(new DayEntry(r.id(), r.householdId(), r.childId(), child.fullName(), child.birthDate(),
                    family[0], family[1], r.status(), r.requestId(), position, r.billable(), r.absenceId()));
        }
        return entries;
    }

    /** The day's attendance list: the children expected (reserved or declared absent). */
    record Attendance(List<DayEntry> entries, Map<Long, CareSummary> care) {
    }

    /**
     * The children expected on the day with what the staff must know of each (allergies, PAI, diet, pick-up
     * persons), read for the whole list at once; the family module records the agent's viewing of health data.
     */
    Attendance attendance(long activityId, LocalDate day, String agent) {
        var activity = activities.get(activityId);
        var entries = day(activityId, day).stream()
                .filter(e -> e.status() == ReservationStatus.RESERVED || e.status() == ReservationStatus.ABSENT)
                .toList();
        var care = entries.isEmpty() ? Map.<Long, CareSummary>of()
                : households.careSummaries(entries.stream().map(DayEntry::childId).toList(), agent,
                        "liste de présence " + activity.name() + " du " + formats.day(day));
        return new Attendance(entries, care);
    }

    /** Decides the given requests of this activity's day; returns how many were decided. */
    int decide(long activityId, LocalDate day, List<Long> requestIds, boolean accept, String reason, String agent) {
        var ofDay = store.ofDay(activityId, day).stream()
                .filter(r -> r.status() == ReservationStatus.REQUESTED && r.requestId() != null)
                .map(Reservation::requestId).toList();
        int decided = 0;
        for (long id : requestIds) {
            if (!ofDay.contains(id)) {
                continue;
            }
            try {
                if (accept) {
                    requests.accept(id, agent, null);
                } else {
                    requests.refuse(id, agent, reason);
                }
                decided++;
            } catch (RequestTransitionException alreadyDecided) {
                // withdrawn by the family or decided by a colleague meanwhile
            }
        }
        return decided;
    }
}
