package fr.portailfamille.agenda;

/** What a day of a child's agenda shows (label {@code day-state.<NAME>}). */
public enum DayState {
    /** Open, places left: can be asked. */
    OPEN,
    /** Open but full: asking puts the child on the waiting list. */
    FULL,
    REQUESTED, RESERVED, WAITING, ABSENT,
    /** Not bookable, with the reason. */
    CLOSED, DEADLINE, NOT_ENROLLED, AGE,
    /** A lottery window is open: asking records a request for the draw. */
    DRAW_OPEN,
    /** A request is recorded for the draw (withdrawable while the window is open). */
    DRAW_ASKED,
    /** A lottery window will open for this day: nothing can be asked yet. */
    DRAW_SOON,
    /** The lottery window has closed, the draw has not run yet. */
    DRAW_CLOSED,
    /** A document or consent the activity requires is missing (refused days only, never a calendar cell). */
    REQUIREMENTS_MISSING,
    /** Refused for the household: its overdue balance is beyond the town's limit ({@link UnpaidBalanceRule}). */
    UNPAID;

    public String messageKey() {
        return "day-state." + name();
    }

    public boolean requestable() {
        return this == OPEN || this == FULL || this == DRAW_OPEN;
    }

    /** A day the child holds (asked, reserved, waiting or absent). */
    public boolean booked() {
        return this == REQUESTED || this == RESERVED || this == WAITING || this == ABSENT || this == DRAW_ASKED;
    }
}
