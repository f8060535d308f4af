package fr.portailfamille.activities;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.portailfamille.shared.NotFoundException;
import fr.portailfamille.shared.WriteThrough;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activities module's face: the activities, their periods, open days and rules. */
@Service
@Transactional(readOnly = true)
public class Activities {

    private final ActivityStore store;
    /**
     * Activities are read on every agenda page and reservation request, and change a few times a year: a short
     * cache spares three queries per request. Writes in this instance clear it; other instances behind a load
     * balancer see a change within the expiry.
     */
    private final Cache<Long, ActivityView> cache = Caffeine.newBuilder().maximumSize(500)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    /** The list of every activity (agenda page, enrolment options), kept and cleared like the views. */
    private final Cache<Boolean, List<ActivityView>> everyActivity = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    Activities(ActivityStore store) {
        this.store = store;
    }

    public List<ActivityView> all() {
        return everyActivity.get(Boolean.TRUE, all -> store.all().stream().map(r -> cache.get(r.id(), id -> view(r)))
                .toList());
    }

    public ActivityView get(long activityId) {
        var cached = cache.getIfPresent(activityId);
        if (cached != null) {
            return cached;
        }
        var activity = store.find(activityId).map(this::view).orElseThrow(() -> new NotFoundException("activity"));
        cache.put(activityId, activity);
        return activity;
    }

    private void changed() {
        WriteThrough.clearNowAndAfterTransaction(() -> {
            everyActivity.invalidateAll();
            cache.invalidateAll();
        });
    }

    @Transactional
    public long create(ActivitySettings settings) {
        changed();
        return store.insert(settings);
    }

    @Transactional
    public void update(long activityId, ActivitySettings settings) {
        get(activityId);
        changed();
        store.update(activityId, settings);
    }

    @Transactional
    public long addPeriod(long activityId, String label, LocalDate start, LocalDate end, Set<DayOfWeek> weekdays) {
        get(activityId);
        changed();
        return store.insertPeriod(activityId, label, start, end, PeriodView.formatWeekdays(weekdays));
    }

    @Transactional
    public void removePeriod(long activityId, long periodId) {
        changed();
        if (store.deletePeriod(activityId, periodId) == 0) {
            throw new NotFoundException("period");
        }
    }

    @Transactional
    public void addClosingDay(long activityId, LocalDate day, String label) {
        get(activityId);
        changed();
        store.insertClosingDay(activityId, day, label);
    }

    @Transactional
    public void removeClosingDay(long activityId, LocalDate day) {
        changed();
        if (store.deleteClosingDay(activityId, day) == 0) {
            throw new NotFoundException("closing day");
        }
    }

    private ActivityView view(ActivityStore.ActivityRow r) {
        return new ActivityView(r.id(), r.code(), r.name(), r.kind(), r.minAge(), r.maxAge(), r.capacity(),
                BookingDeadline.parse(r.booking()), BookingDeadline.parse(r.cancellation()), r.dailyReservations(),
                r.validation(), store.periods(r.id()), store.closingDays(r.id()));
    }
}
