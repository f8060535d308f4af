package fr.portailfamille.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formatting helpers for templates, reachable as {@code ${@formats...}}: French dates and amounts.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** An instant as a French day and time in the town's zone, e.g. "03/02/2026 à 14:05". */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(clock.getZone()));
    }

    public String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    /** A period in few characters: "01/10 – 31/10/2026" within a year. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return "";
        }
        String from = start.getYear() == end.getYear() ? SHORT_DAY.format(start) : DAY.format(start);
        return from + "\u00a0–\u00a0" + DAY.format(end);
    }

    public String money(Money money) {
        return money == null ? "" : money.format();
    }

    public String money(long cents) {
        return Money.ofCents(cents).format();
    }

    public int age(LocalDate birthDate) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }

    /**
     * "de" before a name, with the French elision: "d'Inès", "d'Hugo", "d'Yves" but "de Léa", "de Yanis" (a mute
     * h elides, as first names usually do; a y before a vowel is a consonant); "of Inès" in English. Every message
     * that puts a name after "de" takes this form as its argument (« Autorisations {1} »), never "de {0}".
     */
    public String of(String name) {
        if ("en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())) {
            return name == null || name.isBlank() ? "" : "of " + name.strip();
        }
        return FrenchElision.of(name);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
