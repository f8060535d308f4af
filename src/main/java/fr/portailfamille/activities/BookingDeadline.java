package fr.portailfamille.activities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Règle de clôture des réservations « J-N à HH:MM » : les réservations pour le jour J
 * sont ouvertes jusqu'à HH:MM, N jours (calendaires ou ouvrés) avant J.
 *
 * <p>Exemples : {@code J-2 à 12:00}, {@code J-3 ouvrés à 18:00}, {@code J-0 à 09:00}
 * (J-0 : le jour même, quel qu'il soit).
 *
 * <p>En jours ouvrés, on remonte N jours du lundi au vendredi qui ne sont pas fériés, en partant
 * de la veille de J (J lui-même n'est pas compté, qu'il soit ouvré ou non). Le calendrier des
 * jours fériés est passé en paramètre ; les surcharges sans calendrier utilisent les jours fériés
 * de métropole. Il n'intervient pas en jours calendaires.
 *
 * @param days     N, entre 0 et {@value #MAX_DAYS}
 * @param time     heure limite, à la minute près
 * @param counting mode de décompte des jours
 */
public record BookingDeadline(int days, LocalTime time, DayCounting counting) {

    /** Délai maximal accepté, en jours. */
    public static final int MAX_DAYS = 60;

    /** Mode de décompte des N jours. */
    public enum DayCounting {
        /** Tous les jours du calendrier. */
        CALENDAR_DAYS,
        /** Du lundi au vendredi, hors jours fériés. */
        WORKING_DAYS
    }

    private static final FrenchPublicHolidays METROPOLITAN = new FrenchPublicHolidays();

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern FORMAT = Pattern.compile(
            "J\\s*-\\s*(\\d+)(\\s+ouvr[ée]s?)?\\s+[àa]\\s+(\\d{1,2})\\s*[:h]\\s*(\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String EXPECTED =
            "format attendu « J-2 à 12:00 », « J-3 ouvrés à 18:00 » ou « J-0 à 09:00 »";

    public BookingDeadline {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "Délai de réservation invalide : J-" + days + " ; le nombre de jours doit être compris entre 0 et "
                            + MAX_DAYS + ".");
        }
        if (time == null) {
            throw new IllegalArgumentException("L'heure limite de réservation est obligatoire.");
        }
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException(
                    "L'heure limite de réservation doit être à la minute près (HH:MM), reçu : " + time + ".");
        }
        if (counting == null) {
            throw new IllegalArgumentException("Le mode de décompte des jours est obligatoire.");
        }
    }

    /** Raccourci : J-N en jours calendaires. */
    public static BookingDeadline calendarDays(int days, LocalTime time) {
        return new BookingDeadline(days, time, DayCounting.CALENDAR_DAYS);
    }

    /** Raccourci : J-N en jours ouvrés. */
    public static BookingDeadline workingDays(int days, LocalTime time) {
        return new BookingDeadline(days, time, DayCounting.WORKING_DAYS);
    }

    /**
     * Lit la forme française : « J-2 à 12:00 », « J-3 ouvrés à 18:00 », « J-0 à 09:00 ».
     * Tolère majuscules/minuscules, espaces (y compris insécables), « ouvré » au singulier,
     * « a » sans accent et « 12h00 ».
     *
     * @throws IllegalArgumentException si le texte ne respecte pas le format ou sort des bornes
     */
    public static BookingDeadline parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Délai de réservation manquant ; " + EXPECTED + ".");
        }
        String normalized = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        Matcher m = FORMAT.matcher(normalized);
        if (!m.matches()) {
            throw new IllegalArgumentException("Délai de réservation illisible : « " + text + " » ; " + EXPECTED + ".");
        }
        int days;
        try {
            days = Integer.parseInt(m.group(1));
        } catch (NumberFormatException tooLarge) {
            days = Integer.MAX_VALUE; // rejeté par le constructeur avec le message des bornes
        }
        LocalTime time;
        try {
            time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "Heure invalide dans le délai de réservation « " + text + " » ; " + EXPECTED + ".", e);
        }
        DayCounting counting = m.group(2) != null ? DayCounting.WORKING_DAYS : DayCounting.CALENDAR_DAYS;
        return new BookingDeadline(days, time, counting);
    }

    /** Forme française canonique, relisible par {@link #parse(String)} : « J-3 ouvrés à 18:00 ». */
    public String label() {
        String unit = switch (counting) {
            case CALENDAR_DAYS -> "";
            case WORKING_DAYS -> days <= 1 ? " ouvré" : " ouvrés";
        };
        return "J-" + days + unit + " à " + time.format(HH_MM);
    }

    /** Date et heure limite pour réserver le jour {@code day}, jours fériés de métropole. */
    public LocalDateTime deadlineFor(LocalDate day) {
        return deadlineFor(day, METROPOLITAN);
    }

    /** Date et heure limite pour réserver le jour {@code day}, avec le calendrier donné. */
    public LocalDateTime deadlineFor(LocalDate day, FrenchPublicHolidays holidays) {
        if (day == null) {
            throw new IllegalArgumentException("Le jour réservé est obligatoire.");
        }
        Objects.requireNonNull(holidays, "holidays");
        LocalDate date = switch (counting) {
            case CALENDAR_DAYS -> day.minusDays(days);
            case WORKING_DAYS -> minusWorkingDays(day, days, holidays);
        };
        return LocalDateTime.of(date, time);
    }

    /** Réservation encore possible : {@code now} est strictement avant l'heure limite (jours fériés de métropole). */
    public boolean isOpen(LocalDate day, LocalDateTime now) {
        return isOpen(day, now, METROPOLITAN);
    }

    /** Réservation encore possible : {@code now} est strictement avant l'heure limite. */
    public boolean isOpen(LocalDate day, LocalDateTime now, FrenchPublicHolidays holidays) {
        if (now == null) {
            throw new IllegalArgumentException("L'instant de référence est obligatoire.");
        }
        return now.isBefore(deadlineFor(day, holidays));
    }

    private static LocalDate minusWorkingDays(LocalDate day, int n, FrenchPublicHolidays holidays) {
        LocalDate date = day;
        int remaining = n;
        while (remaining > 0) {
            date = date.minusDays(1);
            if (holidays.isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    @Override
    public String toString() {
        return label();
    }
}
