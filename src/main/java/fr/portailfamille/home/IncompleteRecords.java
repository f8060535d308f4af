package fr.portailfamille.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.portailfamille.agenda.Reservations;
import fr.portailfamille.family.Households;
import fr.portailfamille.family.MissingSection;

import org.springframework.stereotype.Component;

/**
 * Children with a place this week (monday to sunday) whose record misses a mandatory section (authorisations,
 * complementary or health data), as the family module's completeness says: the staff must have them before the day.
 */
@Component
class IncompleteRecords {

    record Line(long householdId, String family, long childId, String child, LocalDate firstDay,
                List<MissingSection> missing) {
    }

    private final Reservations reservations;
    private final Households households;
    private final Clock clock;

    IncompleteRecords(Reservations reservations, Households households, Clock clock) {
        this.reservations = reservations;
        this.households = households;
        this.clock = clock;
    }

    /** The week shown: from today to sunday. */
    LocalDate[] week() {
        LocalDate today = LocalDate.now(clock);
        return new LocalDate[] {today, WeeklyOccupancy.monday(today).plusDays(6)};
    }

    List<Line> thisWeek() {
        LocalDate[] week = week();
        List<Line> lines = new ArrayList<>();
        for (var booked : reservations.bookedChildren(week[0], week[1])) {
            var missing = households.missingSections(booked.householdId(), booked.childId());
            if (!missing.isEmpty()) {
                var child = households.child(booked.householdId(), booked.childId());
                lines.add(new Line(booked.householdId(), households.household(booked.householdId()).name(),
                        child.id(), child.fullName(), booked.firstDay(), missing));
            }
        }
        lines.sort(java.util.Comparator.comparing(Line::firstDay).thenComparing(Line::child));
        return lines;
    }
}
