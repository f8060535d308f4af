/**
 * A child's agenda: daily reservations and their capacity, the waiting list, absences and the iCalendar feed.
 * Face: {@link fr.portailfamille.agenda.Reservations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda")
package fr.portailfamille.agenda;
