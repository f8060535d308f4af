package fr.portailfamille.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.portailfamille.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activities module's face: the activities, their periods, open days and rules. */
@Service
@Transactional(readOnly = true)
public class Activities {

    private final ActivityStore store;

    Activities(ActivityStore store) {
        this.store = store;
    }

    public List<ActivityView> all() {
        return store.all().stream().map(this::view).toList();
    }

    public ActivityView get(long activityId) {
        return store.find(activityId).map(this::view).orElseThrow(() -> new NotFoundException("activity"));
    }

    @Transactional
    public long create(ActivitySettings settings) {
        return store.insert(settings);
    }

    @Transactional
    public void update(long activityId, ActivitySettings settings) {
        get(activityId);
        store.update(activityId, settings);
    }

    @Transactional
    public long addPeriod(long activityId, String label, LocalDate start, LocalDate end, Set<DayOfWeek> weekdays) {
        get(activityId);
        return store.insertPeriod(activityId, label, start, end, PeriodView.formatWeekdays(weekdays));
    }

    @Transactional
    public void removePeriod(long activityId, long periodId) {
        if (store.deletePeriod(activityId, periodId) == 0) {
            throw new NotFoundException("period");
        }
    }

    @Transactional
    public void addClosingDay(long activityId, LocalDate day, String label) {
        get(activityId);
        store.insertClosingDay(activityId, day, label);
    }

    @Transactional
    public void removeClosingDay(long activityId, LocalDate day) {
        store.deleteClosingDay(activityId, day);
    }

    private ActivityView view(ActivityStore.ActivityRow r) {
        return new ActivityView(r.id(), r.name(), r.kind(), r.minAge(), r.maxAge(), r.capacity(),
                BookingDeadline.parse(r.booking()), BookingDeadline.parse(r.cancellation()), r.dailyReservations(),
                r.validation(), store.periods(r.id()), store.closingDays(r.id()));
    }
}
