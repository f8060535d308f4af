package fr.portailfamille.agenda;

/**
 * REQUESTED: a place is held, an agent has to validate; RESERVED: effective; WAITING: on the waiting list;
 * ABSENT: declared absent after the cancellation deadline (the place stays taken, billable unless justified);
 * CANCELLED, REFUSED: no place.
 */
public enum ReservationStatus {
    REQUESTED, RESERVED, WAITING, CANCELLED, REFUSED, ABSENT;

    public boolean active() {
        return this == REQUESTED || this == RESERVED || this == WAITING || this == ABSENT;
    }
}
