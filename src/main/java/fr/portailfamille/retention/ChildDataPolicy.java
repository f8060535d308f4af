package fr.portailfamille.retention;

import java.time.LocalDate;

/**
 * A child has left once not enrolled for the retention period: the last day of the latest enrolment (activity period
 * or school year), or — never enrolled — the day the household's record was created, is more than
 * {@code years} before today. Then the child's health and complementary data are deleted.
 */
record ChildDataPolicy(int years) {

    boolean left(LocalDate lastEnrolled, LocalDate recordSince, LocalDate today) {
        LocalDate basis = lastEnrolled != null ? lastEnrolled : recordSince;
        return basis.isBefore(today.minusYears(years));
    }
}
