package fr.portailfamille.agenda;

import java.time.LocalDate;

/** One day of the month grid. */
public record DayCell(LocalDate day, boolean inMonth, DayState state, boolean cancellable, int position,
                      int placesLeft, String drawAt) {

    public DayCell(LocalDate day, boolean inMonth, DayState state, boolean cancellable, int position, int placesLeft) {
        this(day, inMonth, state, cancellable, position, placesLeft, "");
    }

    /** Whether the family can act on that day (ask or cancel). */
    public boolean actionable() {
        return inMonth && (state.requestable() || cancellable);
    }

    public String iso() {
        return day.toString();
    }
}
