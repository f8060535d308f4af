package fr.portailfamille.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.family.ChildView;

/**
 * Whether a child may ask to join an activity's period: the period is not over, the child is in the age range
 * on the period's first day still to come, and is not already enrolled (or asking) for it.
 */
final class Eligibility {

    private Eligibility() {
    }

    static Optional<Ineligibility> check(ChildView child, ActivityView activity, PeriodView period,
                                         Collection<EnrolmentView> enrolments, LocalDate today) {
        if (period.end().isBefore(today)) {
            return Optional.of(Ineligibility.DATES);
        }
        LocalDate from = period.start().isAfter(today) ? period.start() : today;
        if (!activity.acceptsAge(child.ageOn(from))) {
            return Optional.of(Ineligibility.AGE);
        }
        boolean already = enrolments.stream()
                .anyMatch(e -> e.periodId() == period.id() && e.status().holds());
        return already ? Optional.of(Ineligibility.ALREADY_ENROLLED) : Optional.empty();
    }
}
