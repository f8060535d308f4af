package fr.portailfamille.activities;

import java.time.LocalDate;

/** A day an activity is closed although its period opens that weekday (typed by an agent). */
public record ClosingDay(LocalDate day, String label) {
}
