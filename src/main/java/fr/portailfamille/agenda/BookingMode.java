package fr.portailfamille.agenda;

/** How the days of a period are decided (label {@code booking-mode.<NAME>}). */
public enum BookingMode {
    /** « Premier arrivé, premier servi »: each request takes a place if one is left (the portal's default). */
    FCFS,
    /** « Tirage au sort »: requests are collected during a window, then places are drawn. */
    LOTTERY;

    public String messageKey() {
        return "booking-mode." + name();
    }
}
