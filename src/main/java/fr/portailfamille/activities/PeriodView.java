package fr.portailfamille.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A period of an activity (e.g. the Christmas holidays) and the weekdays it opens. */
public record PeriodView(long id, long activityId, String label, LocalDate start, LocalDate end,
                         Set<DayOfWeek> weekdays) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean opensOn(DayOfWeek weekday) {
        return weekdays.contains(weekday);
    }

    static Set<DayOfWeek> parseWeekdays(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::parseInt).map(DayOfWeek::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    static String formatWeekdays(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }
}
