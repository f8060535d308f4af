package fr.portailfamille.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one rule for every date typed in a form or sent in an address (a day, a month): a real calendar day from
 * 1 January 1900 to 31 December five years after today. Earlier or later dates are typing mistakes or probes
 * (year 1, +999999999) that the calendar code and the database cannot handle; they get the message
 * {@value #MESSAGE_KEY} next to the field, or the month of today where an address carries a month.
 */
public final class PlausibleDate {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final int YEARS_AHEAD = 5;
    public static final String MESSAGE_KEY = "date.implausible";

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PlausibleDate() {
    }

    /** The last accepted day: 31 December, five years after today. */
    public static LocalDate latest(LocalDate today) {
        return LocalDate.of(today.getYear() + YEARS_AHEAD, 12, 31);
    }

    public static boolean accepts(LocalDate day, LocalDate today) {
        return day != null && !day.isBefore(EARLIEST) && !day.isAfter(latest(today));
    }

    public static boolean accepts(YearMonth month, LocalDate today) {
        return month != null && accepts(month.atDay(1), today);
    }

    /** A day written yyyy-mm-dd (date inputs) or dd/mm/yyyy; empty when unreadable or out of range. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            LocalDate day = s.contains("/") ? LocalDate.parse(s, FRENCH_DAY) : LocalDate.parse(s);
            return accepts(day, today) ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A month written yyyy-mm (month inputs); empty when unreadable or out of range. */
    public static Optional<YearMonth> parseMonth(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return accepts(month, today) ? Optional.of(month) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
