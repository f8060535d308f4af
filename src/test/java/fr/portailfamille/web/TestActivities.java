package fr.portailfamille.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import fr.portailfamille.activities.Activities;
import fr.portailfamille.activities.ActivityKind;
import fr.portailfamille.activities.ActivitySettings;
import fr.portailfamille.activities.BookingDeadline;

/** Throw-away activities for the web tests: ages 4 to 13, J-2 at noon, validated by an agent. */
final class TestActivities {

    private TestActivities() {
    }

    /** An activity open every day from five days ago for two months. */
    static long openEveryDay(Activities activities, Clock clock, String name, boolean dailyReservations) {
        LocalDate today = LocalDate.now(clock);
        long id = activities.create(settings(name, dailyReservations));
        activities.addPeriod(id, "Période", today.minusDays(5), today.plusDays(60), EnumSet.allOf(DayOfWeek.class));
        return id;
    }

    static ActivitySettings settings(String name, boolean dailyReservations) {
        return new ActivitySettings(name + " " + System.nanoTime() % 100_000, ActivityKind.ACCUEIL_LOISIRS, 4, 13, 12,
                BookingDeadline.calendarDays(2, LocalTime.NOON), BookingDeadline.calendarDays(2, LocalTime.NOON),
                dailyReservations, true);
    }
}
