package fr.portailfamille.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.MissingSection;

/**
 * Whether a child may ask to join an activity's period: the period is not over, the child is in the age range
 * on the period's first day still to come, is not already enrolled (or asking) for it, and the child's mandatory
 * record sections (authorisations, complementary and health data) are validated.
 */
final class Eligibility {

    private Eligibility() {
    }

    static Optional<Ineligibility> check(ChildView child, ActivityView activity, PeriodView period,
                                         Collection<EnrolmentView> enrolments,
                                         Collection<MissingSection> missingSections, LocalDate today) {
        if (period.end().isBefore(today)) {
            return Optional.of(Ineligibility.DATES);
        }
        LocalDate from = period.start().isAfter(today) ? period.start() : today;
        if (!activity.acceptsAge(child.ageOn(from))) {
            return Optional.of(Ineligibility.AGE);
        }
        boolean already = enrolments.stream()
                .anyMatch(e -> e.periodId() == period.id() && e.status().holds());
        if (already) {
            return Optional.of(Ineligibility.ALREADY_ENROLLED);
        }
        return missingSections.isEmpty() ? Optional.empty() : Optional.of(Ineligibility.RECORD_INCOMPLETE);
    }
}
