package fr.portailfamille.enrolment;

import java.time.LocalDate;

/** An enrolment as the family and the agents see it. */
public record EnrolmentView(long id, long householdId, long childId, long activityId, String activityName,
                            long periodId, String periodLabel, LocalDate start, LocalDate end,
                            EnrolmentStatus status) {
}
