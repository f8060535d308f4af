package fr.portailfamille.agenda;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the reservation table. */
record Reservation(long id, long householdId, long childId, long activityId, LocalDate day,
                   ReservationStatus status, boolean holdsPlace, boolean billable, Long requestId, Long absenceId,
                   Instant queuedAt) {
}
