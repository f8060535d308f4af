package fr.portailfamille.reminders;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A school year, named by the year it starts in: it starts on 1 September (the portal's boundary, as the school
 * enrolment's years « 2026-2027 » do) and ends on 31 August.
 */
record SchoolYear(Year start) {

    static SchoolYear of(LocalDate day) {
        int y = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return new SchoolYear(Year.of(y));
    }

    LocalDate firstDay() {
        return start.atMonth(Month.SEPTEMBER).atDay(1);
    }

    /** « 2026-2027 ». */
    String label() {
        return start.getValue() + "-" + (start.getValue() + 1);
    }
}
