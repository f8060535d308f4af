package fr.portailfamille.agenda;

import java.time.LocalDate;

/** Waiting-list promotions of an activity since a given instant: how many children got a place, first day concerned. */
public record WaitingListMove(long activityId, int promoted, LocalDate firstDay) {
}
