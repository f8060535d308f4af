package fr.portailfamille.activities;

/** The settings of an activity an agent types (validated by {@link ActivityForm}). */
public record ActivitySettings(String name, ActivityKind kind, int minAge, int maxAge, int dailyCapacity,
                               BookingDeadline bookingDeadline, BookingDeadline cancellationDeadline,
                               boolean dailyReservations, boolean validationRequired) {
}
