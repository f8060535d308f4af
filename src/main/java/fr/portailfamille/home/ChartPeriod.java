package fr.portailfamille.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.portailfamille.shared.PlausibleDate;

/**
 * The period of the head of service's charts: the school year to date (default), the last holidays beside the same
 * holidays a year before, or two typed dates. A wrong choice keeps the typed values, says why next to the field
 * (message keys by field) and shows the school year to date.
 */
final class ChartPeriod {

    static final String SCHOOL_YEAR = "annee";
    static final String HOLIDAYS = "vacances";
    static final String DATES = "dates";
    /** The longest typed period: a year and a bit (a weekly chart of more is unreadable). */
    static final int MAX_DAYS = 400;

    /** A holiday period of the town's activity calendar (labelled « Vacances … »). */
    record Holiday(String label, LocalDate start, LocalDate end) {
    }

    /** One period shown: a title (the holiday's label or empty) and its days. */
    record Range(String title, LocalDate from, LocalDate to) {
    }

    record Choice(String preset, String fromInput, String toInput, Map<String, String> errors, List<Range> ranges) {

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }
    }

    private ChartPeriod() {
    }

    static LocalDate schoolYearStart(LocalDate today) {
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    static Choice choose(String preset, String from, String to, LocalDate today, List<Holiday> holidays) {
        String p = preset == null || preset.isBlank() ? SCHOOL_YEAR : preset.strip();
        String fromInput = from == null ? "" : from;
        String toInput = to == null ? "" : to;
        Map<String, String> errors = new LinkedHashMap<>();
        Range schoolYear = new Range("", schoolYearStart(today), today);
        switch (p) {
            case SCHOOL_YEAR -> {
                return new Choice(p, fromInput, toInput, errors, List.of(schoolYear));
            }
            case HOLIDAYS -> {
                Optional<Holiday> last = holidays.stream().filter(h -> h.end().isBefore(today))
                        .max(Comparator.comparing(Holiday::end));
                if (last.isEmpty()) {
                    errors.put("periode", "charts.period.error.no-holidays");
                    return new Choice(p, fromInput, toInput, errors, List.of(schoolYear));
                }
                Holiday h = last.get();
                Holiday before = holidays.stream().filter(o -> o.label().equalsIgnoreCase(h.label())
                                && o.end().isBefore(h.start()) && o.start().isAfter(h.start().minusDays(430)))
                        .max(Comparator.comparing(Holiday::end))
                        .orElse(new Holiday(h.label(), h.start().minusWeeks(52), h.end().minusWeeks(52)));
                return new Choice(p, fromInput, toInput, errors, List.of(new Range(h.label(), h.start(), h.end()),
                        new Range(before.label(), before.start(), before.end())));
            }
            case DATES -> {
                Optional<LocalDate> f = PlausibleDate.parse(from, today);
                Optional<LocalDate> t = PlausibleDate.parse(to, today);
                if (f.isEmpty()) {
                    errors.put("du", blank(from) ? "charts.period.error.from-missing" : PlausibleDate.MESSAGE_KEY);
                }
                if (t.isEmpty()) {
                    errors.put("au", blank(to) ? "charts.period.error.to-missing" : PlausibleDate.MESSAGE_KEY);
                }
                if (f.isPresent() && t.isPresent()) {
                    if (t.get().isBefore(f.get())) {
                        errors.put("au", "charts.period.error.order");
                    } else if (ChronoUnit.DAYS.between(f.get(), t.get()) > MAX_DAYS) {
                        errors.put("au", "charts.period.error.span");
                    }
                }
                return new Choice(p, fromInput, toInput, errors, errors.isEmpty()
                        ? List.of(new Range("", f.get(), t.get())) : List.of(schoolYear));
            }
            default -> {
                errors.put("periode", "charts.period.error.preset");
                return new Choice(p, fromInput, toInput, errors, List.of(schoolYear));
            }
        }
    }

    /** The holiday periods among the activities' periods: those labelled « Vacances … », once per label and dates. */
    static List<Holiday> holidays(List<fr.portailfamille.activities.ActivityView> activities) {
        List<Holiday> found = new ArrayList<>();
        for (var a : activities) {
            for (var period : a.periods()) {
                var h = new Holiday(period.label().strip(), period.start(), period.end());
                if (h.label().toLowerCase(Locale.FRENCH).startsWith("vacances") && !found.contains(h)) {
                    found.add(h);
                }
            }
        }
        return found;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
