package fr.portailfamille.agenda;

import java.time.LocalDate;

/** A child on an activity's day, for the agents (requests, waiting list, attendance). */
public record DayEntry(long reservationId, long householdId, long childId, String childName, LocalDate birthDate,
                       String familyName, String phone, ReservationStatus status, Long requestId, int position,
                       boolean billable, Long absenceId) {

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public String statusKey() {
        return "reservation-status." + status.name();
    }
}
