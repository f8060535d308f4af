package fr.portailfamille.requests;

import java.time.LocalDate;

/**
 * Requests of one week (monday to sunday, the town's calendar) for the backlog chart: received, decided (accepted,
 * refused or withdrawn) and still open at the end of the week.
 */
public record WeeklyRequests(LocalDate monday, int received, int decided, int openAtEnd) {
}
