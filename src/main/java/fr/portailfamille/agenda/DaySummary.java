package fr.portailfamille.agenda;

import java.time.LocalDate;

/** An open day of an activity with its counts, for the agents. */
public record DaySummary(LocalDate day, int capacity, int taken, int requested, int reserved, int waiting) {

    public int placesLeft() {
        return Math.max(0, capacity - taken);
    }
}
