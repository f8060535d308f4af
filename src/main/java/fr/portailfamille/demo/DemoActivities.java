package fr.portailfamille.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;
import fr.portailfamille.enrolment.Enrolments;
import fr.portailfamille.family.Households;

import org.springframework.stereotype.Component;

/**
 * The demo activities. No official 2026-2027 school calendar file is loaded, so the periods are typed here
 * as an agent would: the coming Wednesdays and Christmas holidays around the demo's reference date, shifted
 * to the next school year when the demo starts later.
 */
@Component
class DemoActivities {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final Activities activities;
    private final Enrolments enrolments;
    private final Households households;

    DemoActivities(Activities activities, Enrolments enrolments, Households households) {
        this.activities = activities;
        this.enrolments = enrolments;
        this.households = households;
    }

    /**
     * Enrols the household's children of Croc'Vacances' age (4 to 13) in all its periods: in the Martin
     * family, Hugo (about 7) and Inès (about 12), not Léa (about 2), which shows the age rule.
     */
    void enrolInCrocVacances(long householdId, long crocVacances, LocalDate today) {
        var croc = activities.get(crocVacances);
        for (var child : households.children(householdId)) {
            if (croc.acceptsAge(child.ageOn(today))) {
                for (var period : croc.periods()) {
                    enrolments.enrolDirectly(householdId, child.id(), crocVacances, period.id());
                }
            }
        }
    }

    record Created(long crocVacances, long espaceAdos, long restauration, long crocWinter) {
    }

    Created load(LocalDate today) {
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        LocalDate christmasStart = LocalDate.of(year, 12, 19);
        LocalDate christmasEnd = LocalDate.of(year + 1, 1, 3);

        long croc = activities.create(new ActivitySettings("Croc'Vacances", ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12,
                BookingDeadline.calendarDays(2, java.time.LocalTime.NOON),
                BookingDeadline.calendarDays(2, java.time.LocalTime.NOON), true, true));
        activities.addPeriod(croc, "Mercredis de décembre", LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 18),
                EnumSet.of(DayOfWeek.WEDNESDAY));
        activities.addPeriod(croc, "Vacances de Noël", christmasStart, christmasEnd, WEEKDAYS);
        activities.addClosingDay(croc, LocalDate.of(year, 12, 31), "Fermeture de fin d'année");
        // the next holidays by lottery (issue 12): the demo's one lottery window, open, is set by DemoData
        long winter = activities.addPeriod(croc, "Vacances d'hiver", LocalDate.of(year + 1, 2, 8),
                LocalDate.of(year + 1, 2, 19), WEEKDAYS);

        long ados = activities.create(new ActivitySettings("Espace Ados", ActivityKind.ACCUEIL_LOISIRS, 11, 17, 16,
                BookingDeadline.workingDays(3, java.time.LocalTime.of(18, 0)),
                BookingDeadline.workingDays(3, java.time.LocalTime.of(18, 0)), false, true));
        activities.addPeriod(ados, "Vacances d'hiver", LocalDate.of(year + 1, 2, 6), LocalDate.of(year + 1, 2, 21),
                WEEKDAYS);

        long meals = activities.create(new ActivitySettings("Restauration scolaire",
                ActivityKind.RESTAURATION_SCOLAIRE, 3, 11, 180,
                BookingDeadline.workingDays(2, java.time.LocalTime.of(10, 0)),
                BookingDeadline.workingDays(2, java.time.LocalTime.of(10, 0)), false, false));
        activities.addPeriod(meals, "Année scolaire " + year + "-" + (year + 1), LocalDate.of(year, 9, 1),
                LocalDate.of(year + 1, 7, 3),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        return new Created(croc, ados, meals, winter);
    }
}
