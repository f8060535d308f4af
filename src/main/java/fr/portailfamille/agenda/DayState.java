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
    /** Refused for the household: its overdue balance is beyond the town's limit ({@link UnpaidBalanceRule}). */
    UNPAID;

    public String messageKey() {
        return "day-state." + name();
    }

    public boolean requestable() {
        return this == OPEN || this == FULL;
    }

    /** A day the child holds (asked, reserved, waiting or absent). */
    public boolean booked() {
        return this == REQUESTED || this == RESERVED || this == WAITING || this == ABSENT;
    }
}
