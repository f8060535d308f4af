package fr.portailfamille.agenda;

import java.time.LocalDate;

/** A child with a place (reserved or awaiting validation) on some day of a period, and the first such day. */
public record BookedChild(long householdId, long childId, LocalDate firstDay) {
}
