package fr.portailfamille.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import fr.portailfamille.shared.PlausibleDate;

/**
 * « Semaine type »: the days a weekly pattern gives within one enrolled period. The range typed by the family is
 * optional (the whole period when empty), clipped to the period and to today (a day past is of no use), and refused
 * with a message per field when it cannot be read, is implausible ({@link PlausibleDate}), is upside down or misses
 * the period. Every other week follows the ISO week number (« semaines paires / impaires », as families and agents
 * say it); a closing day or a public holiday stays in the list, marked closed, so that the preview says why.
 */
final class RecurringDays {

    /** Longest range a family may type (a school year and a bit); the period clips it anyway. */
    static final int MAX_RANGE_DAYS = 400;

    private RecurringDays() {
    }

    enum Rhythm {
        EVERY_WEEK, EVEN_WEEKS, ODD_WEEKS;

        boolean includes(LocalDate day) {
            int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return switch (this) {
                case EVERY_WEEK -> true;
                case EVEN_WEEKS -> week % 2 == 0;
                case ODD_WEEKS -> week % 2 == 1;
            };
        }
    }

    /** What the family typed: weekdays, an optional range (text, as typed) and a rhythm. */
    record Pattern(Set<DayOfWeek> weekdays, String from, String to, Rhythm rhythm) {
    }

    /** One day of the series; {@code open} is false on a closing day, a public holiday or a day the period skips. */
    record PatternDay(LocalDate day, boolean open) {
    }

    /** The days, or the message keys per field (form field name → key) when the pattern is refused. */
    record Expansion(List<PatternDay> days, Map<String, String> errors, LocalDate from, LocalDate to) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Expansion expand(Pattern pattern, LocalDate periodStart, LocalDate periodEnd, Predicate<LocalDate> open,
                            LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (pattern.weekdays() == null || pattern.weekdays().isEmpty()) {
            errors.put("jours", "series.error.weekdays");
        }
        LocalDate from = read(pattern.from(), "du", periodStart, today, errors);
        LocalDate to = read(pattern.to(), "au", periodEnd, today, errors);
        if (from != null && to != null && errors.isEmpty()) {
            if (to.isBefore(from)) {
                errors.put("au", "series.error.reversed");
            } else if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
                errors.put("au", "series.error.too-long");
            } else if (to.isBefore(periodStart) || from.isAfter(periodEnd)) {
                errors.put("du", "series.error.outside");
            }
        }
        if (!errors.isEmpty()) {
            return new Expansion(List.of(), errors, null, null);
        }
        LocalDate first = latest(from, periodStart, today);
        LocalDate last = to.isAfter(periodEnd) ? periodEnd : to;
        if (last.isBefore(first)) {
            errors.put("du", "series.error.past");
            return new Expansion(List.of(), errors, null, null);
        }
        var days = new ArrayList<PatternDay>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (pattern.weekdays().contains(day.getDayOfWeek()) && pattern.rhythm().includes(day)) {
                days.add(new PatternDay(day, open.test(day)));
            }
        }
        if (days.isEmpty()) {
            errors.put("jours", "series.error.no-day");
        }
        return new Expansion(List.copyOf(days), errors, first, last);
    }

    private static LocalDate read(String text, String field, LocalDate whenEmpty, LocalDate today,
                                  Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return whenEmpty;
        }
        var day = PlausibleDate.parse(text, today);
        if (day.isEmpty()) {
            errors.put(field, PlausibleDate.MESSAGE_KEY);
            return null;
        }
        return day.get();
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }
}
