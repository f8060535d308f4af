package fr.portailfamille.activities;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Whether an activity opens on a day: inside one of its periods, on a weekday that period opens, not a
 * closing day typed by an agent, and not a French public holiday (computed).
 */
final class OpeningDays {

    private static final FrenchPublicHolidays HOLIDAYS = new FrenchPublicHolidays();

    private OpeningDays() {
    }

    static boolean isOpen(Collection<PeriodView> periods, Set<LocalDate> closingDays, LocalDate day) {
        if (closingDays.contains(day) || HOLIDAYS.isHoliday(day)) {
            return false;
        }
        return periods.stream().anyMatch(p -> p.contains(day) && p.opensOn(day.getDayOfWeek()));
    }

    static boolean isHoliday(LocalDate day) {
        return HOLIDAYS.isHoliday(day);
    }
}
