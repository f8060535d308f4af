package fr.portailfamille.agenda;

import java.time.LocalDate;

/**
 * One day of a « semaine type » preview: what asking (or cancelling) it would do now. {@code messageKey} is the
 * label; {@code actionable}: the day would be asked (or cancelled) — a place, the waiting list, a cancellation.
 */
public record SeriesDay(LocalDate day, String messageKey, boolean actionable) {
}
