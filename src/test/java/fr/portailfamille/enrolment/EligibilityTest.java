package fr.portailfamille.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivityView;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.activities.PeriodView;
import fr.portailfamille.family.ChildView;
import fr.portailfamille.family.MissingSection;

import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    final PeriodView christmas = new PeriodView(10, 1, "Noël", LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    final PeriodView autumn = new PeriodView(11, 1, "Toussaint", LocalDate.of(2026, 10, 17),
            LocalDate.of(2026, 11, 1), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    final ActivityView croc = new ActivityView(1, "CROC-VACANCES", "Croc'Vacances", ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12,
            BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON), true,
            true, List.of(christmas, autumn), List.of());

    static ChildView bornOn(LocalDate birth) {
        return new ChildView(5, 7, "Hugo", "Martin", birth, "M", null, null);
    }

    @Test
    void aSevenYearOldMayJoinAComingPeriod() {
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(7)), croc, christmas, List.of(), List.of(), TODAY)).isEmpty();
    }

    @Test
    void aTwoYearOldIsTooYoungAndAFourteenYearOldTooOld() {
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(2)), croc, christmas, List.of(), List.of(), TODAY))
                .contains(Ineligibility.AGE);
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(14)), croc, christmas, List.of(), List.of(), TODAY))
                .contains(Ineligibility.AGE);
    }

    @Test
    void ageIsTakenOnTheFirstDayOfThePeriod() {
        // 4 on 19 December, still 3 today.
        var child = bornOn(LocalDate.of(2022, 12, 10));
        assertThat(child.ageOn(TODAY)).isEqualTo(3);
        assertThat(Eligibility.check(child, croc, christmas, List.of(), List.of(), TODAY)).isEmpty();
    }

    @Test
    void aPeriodThatIsOverIsRefusedForItsDates() {
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(7)), croc, autumn, List.of(), List.of(), TODAY))
                .contains(Ineligibility.DATES);
    }

    @Test
    void aPendingOrActiveEnrolmentBlocksASecondOneButARefusedOneDoesNot() {
        var child = bornOn(TODAY.minusYears(7));
        var pending = enrolment(EnrolmentStatus.PENDING);
        var refused = enrolment(EnrolmentStatus.REFUSED);
        assertThat(Eligibility.check(child, croc, christmas, List.of(pending), List.of(), TODAY))
                .contains(Ineligibility.ALREADY_ENROLLED);
        assertThat(Eligibility.check(child, croc, christmas, List.of(refused), List.of(), TODAY)).isEmpty();
    }

    private EnrolmentView enrolment(EnrolmentStatus status) {
        return new EnrolmentView(1, 7, 5, 1, "Croc'Vacances", christmas.id(), "Noël", christmas.start(),
                christmas.end(), status);
    }

    @Test
    void aMissingOrPendingMandatorySectionOfTheChildClosesEveryPeriodWithItsOwnReason() {
        var child = bornOn(TODAY.minusYears(7));
        var health = new MissingSection("/enfants/5/donnees-sanitaires", "section.donnees-sanitaires", 5L,
                "Hugo Martin", false);
        var authorisationsPending = new MissingSection("/enfants/5/autorisations", "section.autorisations", 5L,
                "Hugo Martin", true);
        assertThat(Eligibility.check(child, croc, christmas, List.of(), List.of(health), TODAY))
                .contains(Ineligibility.RECORD_INCOMPLETE);
        assertThat(Eligibility.check(child, croc, christmas, List.of(), List.of(authorisationsPending), TODAY))
                .contains(Ineligibility.RECORD_INCOMPLETE);
    }

    @Test
    void theMoreSpecificReasonsComeBeforeTheIncompleteRecord() {
        var missing = List.of(new MissingSection("/enfants/5/donnees-sanitaires", "section.donnees-sanitaires", 5L,
                "Hugo Martin", false));
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(2)), croc, christmas, List.of(), missing, TODAY))
                .contains(Ineligibility.AGE);
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(7)), croc, autumn, List.of(), missing, TODAY))
                .contains(Ineligibility.DATES);
        assertThat(Eligibility.check(bornOn(TODAY.minusYears(7)), croc, christmas,
                List.of(enrolment(EnrolmentStatus.ACTIVE)), missing, TODAY)).contains(Ineligibility.ALREADY_ENROLLED);
    }
}
