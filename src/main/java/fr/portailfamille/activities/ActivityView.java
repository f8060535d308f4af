package fr.portailfamille.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An activity with its periods and closing days, as agents set it. {@code code} is the stable key billing prices
 * and invoices it under.
 */
public record ActivityView(long id, String code, String name, ActivityKind kind, int minAge, int maxAge,
                           int dailyCapacity,
                           BookingDeadline bookingDeadline, BookingDeadline cancellationDeadline,
                           boolean dailyReservations, boolean validationRequired, List<PeriodView> periods,
                           List<ClosingDay> closingDays) {

    public boolean isOpen(LocalDate day) {
        return OpeningDays.isOpen(periods, closedDays(), day);
    }

    public boolean isPublicHoliday(LocalDate day) {
        return OpeningDays.isHoliday(day);
    }

    public Optional<PeriodView> periodOn(LocalDate day) {
        return periods.stream().filter(p -> p.contains(day)).findFirst();
    }

    public Optional<PeriodView> period(long periodId) {
        return periods.stream().filter(p -> p.id() == periodId).findFirst();
    }

    /** Whether a child of that age (in whole years) may attend. */
    public boolean acceptsAge(int age) {
        return age >= minAge && age <= maxAge;
    }

    /** Whether a day may still be booked at {@code now} (Europe/Paris local time). */
    public boolean bookingOpen(LocalDate day, LocalDateTime now) {
        return bookingDeadline.isOpen(day, now);
    }

    /** Whether a booked day may still be cancelled without being billed. */
    public boolean cancellationOpen(LocalDate day, LocalDateTime now) {
        return cancellationDeadline.isOpen(day, now);
    }

    public Set<LocalDate> closedDays() {
        return closingDays.stream().map(ClosingDay::day).collect(Collectors.toSet());
    }
}
