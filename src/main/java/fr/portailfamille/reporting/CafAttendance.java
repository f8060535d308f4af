package fr.portailfamille.reporting;

import java.time.LocalDate;

/**
 * One attended unit of one child: an effective reservation (RESERVED) of an activity on a day. {@code quotient} is
 * the household's family quotient (null when unknown), {@code fund} its allowance fund ({@code CAF}, {@code MSA},
 * anything else or null).
 */
record CafAttendance(long childId, String childName, LocalDate birthDate, Integer quotient, String fund,
                     String activityCode, boolean holiday, LocalDate day) {
}
