package fr.portailfamille.messaging;

import java.util.List;

import fr.portailfamille.enrolment.Enrolments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Écrire aux familles" › families enrolled in an activity, from the enrolment module: the households with an
 * accepted enrolment in a period of the activity not over yet. The adapter lives here rather than in the enrolment
 * module because messaging already listens to agenda's events and agenda depends on enrolment: an enrolment →
 * messaging dependency would close a cycle.
 */
@Component
class EnrolledFamilies implements ActivityFamilies {

    private final Enrolments enrolments;
    private final MessageSource messages;

    EnrolledFamilies(Enrolments enrolments, MessageSource messages) {
        this.enrolments = enrolments;
        this.messages = messages;
    }

    @Override
    public List<ActivityChoice> activities() {
        var locale = LocaleContextHolder.getLocale();
        return enrolments.enrolledActivities().stream()
                .map(a -> new ActivityChoice(a.activityId(), messages.getMessage("town.write.activity.option",
                        new Object[] {a.name(), a.households()}, locale)))
                .toList();
    }

    @Override
    public List<Long> householdsEnrolledIn(long activityId) {
        return enrolments.householdsEnrolledIn(activityId);
    }
}
