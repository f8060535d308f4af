package fr.portailfamille.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.family.Households;
import fr.portailfamille.requests.NewRequest;
import fr.portailfamille.requests.Requests;
import fr.portailfamille.shared.Formats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enrolment module's face. Every method taking a child id checks it belongs to the household. */
@Service
@Transactional
public class Enrolments {

    static final String ACTIVITY_KIND = "enrolment.activity";
    static final String SCHOOL_KIND = "enrolment.school";

    private final EnrolmentStore store;
    private final Households households;
    private final Activities activities;
    private final Requests requests;
    private final Formats formats;
    private final Clock clock;

    Enrolments(EnrolmentStore store, Households households, Activities activities, Requests requests,
               Formats formats, Clock clock) {
        this.store = store;
        this.households = households;
        this.activities = activities;
        this.requests = requests;
        this.formats = formats;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EnrolmentView> ofChild(long householdId, long childId) {
        households.child(householdId, childId);
        return store.ofChild(childId);
    }

    /** The ids of the periods of this activity the child is enrolled in (accepted enrolments only). */
    @Transactional(readOnly = true)
    public Set<Long> activePeriods(long childId, long activityId) {
        return store.activePeriods(childId, activityId);
    }

    /** Every period of every activity still to come, with the reason when this child cannot join it. */
    @Transactional(readOnly = true)
    public List<EnrolmentOption> options(long householdId, long childId) {
        var child = households.child(householdId, childId);
        var enrolments = store.ofChild(childId);
        var missing = households.missingSections(householdId, childId);
        LocalDate today = LocalDate.now(clock);
        var options = new ArrayList<EnrolmentOption>();
        for (var activity : activities.all()) {
            for (var period : activity.periods()) {
                var reason = Eligibility.check(child, activity, period, enrolments, missing, today).orElse(null);
                options.add(new EnrolmentOption(activity, period, reason));
            }
        }
        return options;
    }

    /** Asks to enrol the child; checked again on the server. */
    public long ask(long householdId, long childId, long activityId, long periodId) {
        var child = households.child(householdId, childId);
        var activity = activities.get(activityId);
        var period = activity.period(periodId).orElseThrow(() -> new fr.portailfamille.shared.NotFoundException("period"));
        var reason = Eligibility.check(child, activity, period, store.ofChild(childId),
                households.missingSections(householdId, childId), LocalDate.now(clock));
        if (reason.isPresent()) {
            throw new IneligibleException(reason.get(), activity);
        }
        long id = store.insert(householdId, childId, activityId, periodId, EnrolmentStatus.PENDING, clock.instant());
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("child", child.fullName());
        proposed.put("activity", activity.name());
        proposed.put("period", period.label() + " (" + formats.day(period.start()) + " – " + formats.day(period.end()) + ")");
        long requestId = requests.submitAlongside(new NewRequest(householdId, ACTIVITY_KIND, id,
                child.fullName() + " — " + activity.name(), proposed, Map.of()));
        store.linkRequest("enrolment", id, requestId);
        return id;
    }

    /**
     * The households with an accepted enrolment of at least one child in a period of this activity not over yet,
     * each once (messaging's "write to the families enrolled in an activity").
     */
    @Transactional(readOnly = true)
    public List<Long> householdsEnrolledIn(long activityId) {
        return store.householdsEnrolledIn(activityId, LocalDate.now(clock));
    }

    /** The households with an accepted enrolment of a child in this period of this activity, each once (reminders). */
    @Transactional(readOnly = true)
    public List<Long> householdsEnrolledInPeriod(long activityId, long periodId) {
        return store.householdsEnrolledInPeriod(activityId, periodId);
    }

    /** Every activity with the number of households enrolled in it as {@link #householdsEnrolledIn} counts them. */
    @Transactional(readOnly = true)
    public List<EnrolledActivity> enrolledActivities() {
        var counts = store.householdCounts(LocalDate.now(clock));
        return activities.all().stream()
                .map(a -> new EnrolledActivity(a.id(), a.name(), counts.getOrDefault(a.id(), 0)))
                .toList();
    }

    /** An enrolment made by the service itself (agent's desk, demo): active at once. */
    public long enrolDirectly(long householdId, long childId, long activityId, long periodId) {
        households.child(householdId, childId);
        activities.get(activityId).period(periodId).orElseThrow();
        return store.insert(householdId, childId, activityId, periodId, EnrolmentStatus.ACTIVE, clock.instant());
    }

    List<String> schoolYears() {
        LocalDate today = LocalDate.now(clock);
        int y = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return List.of(y + "-" + (y + 1), (y + 1) + "-" + (y + 2));
    }

    long askSchool(long householdId, long childId, SchoolEnrolmentForm form) {
        var child = households.child(householdId, childId);
        long id = store.insertSchool(householdId, childId, form, clock.instant());
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("child", child.fullName());
        proposed.put("school-year", form.getSchoolYear());
        proposed.put("school-level", form.getLevel());
        proposed.put("school", form.getSchool());
        if (form.isOutsideSector()) {
            proposed.put("outside-sector-reason", form.getReason().trim());
        }
        long requestId = requests.submitAlongside(new NewRequest(householdId, SCHOOL_KIND, id,
                child.fullName() + " — " + form.getSchoolYear(), proposed, Map.of()));
        store.linkRequest("school_enrolment", id, requestId);
        return id;
    }

    @Transactional(readOnly = true)
    List<EnrolmentStore.SchoolRow> schoolRequests(long householdId, long childId) {
        households.child(householdId, childId);
        return store.schoolOfChild(childId);
    }
}
