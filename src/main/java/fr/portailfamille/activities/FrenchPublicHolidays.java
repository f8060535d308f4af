package fr.portailfamille.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Jours fériés français, calculés (jamais saisis) pour une année donnée.
 *
 * <p>Métropole : 1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension (Pâques + 39),
 * lundi de Pentecôte (Pâques + 50), 14 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre.
 * Avec le régime local d'Alsace-Moselle, s'y ajoutent le Vendredi saint (Pâques − 2)
 * et la Saint-Étienne (26 décembre).
 *
 * <p>Le dimanche de Pâques et le dimanche de Pentecôte tombant toujours un dimanche, ils ne
 * figurent pas dans la liste. Immuable et sans état partagé : sûr entre threads.
 */
public final class FrenchPublicHolidays {

    /** Première année du calendrier grégorien, domaine de validité du calcul de Pâques. */
    static final int FIRST_GREGORIAN_YEAR = 1583;

    private final boolean alsaceMoselle;

    /** Jours fériés de métropole (hors Alsace-Moselle). */
    public FrenchPublicHolidays() {
        this(false);
    }

    /**
     * @param alsaceMoselle {@code true} pour ajouter le Vendredi saint et le 26 décembre
     *                      (régime local d'Alsace-Moselle)
     */
    public FrenchPublicHolidays(boolean alsaceMoselle) {
        this.alsaceMoselle = alsaceMoselle;
    }

    /** @return {@code true} si le régime d'Alsace-Moselle est appliqué */
    public boolean alsaceMoselle() {
        return alsaceMoselle;
    }

    /** @return {@code true} si {@code date} est un jour férié */
    public boolean isHoliday(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("La date est obligatoire.");
        }
        return of(date.getYear()).contains(date);
    }

    /**
     * Jours fériés de l'année, triés chronologiquement, non modifiables. Peut contenir moins de
     * 11 dates quand deux fêtes coïncident (ex. 2008 : Ascension le 1er mai).
     */
    public Set<LocalDate> of(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "Année " + year + " non prise en charge : le calcul commence en " + FIRST_GREGORIAN_YEAR
                            + " (calendrier grégorien).");
        }
        LocalDate easter = easterSunday(year);
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.plusDays(1));                     // lundi de Pâques
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.MAY, 8));
        days.add(easter.plusDays(39));                    // Ascension
        days.add(easter.plusDays(50));                    // lundi de Pentecôte
        days.add(LocalDate.of(year, Month.JULY, 14));
        days.add(LocalDate.of(year, Month.AUGUST, 15));
        days.add(LocalDate.of(year, Month.NOVEMBER, 1));
        days.add(LocalDate.of(year, Month.NOVEMBER, 11));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        if (alsaceMoselle) {
            days.add(easter.minusDays(2));                // Vendredi saint
            days.add(LocalDate.of(year, Month.DECEMBER, 26)); // Saint-Étienne
        }
        return Collections.unmodifiableSortedSet(days);
    }

    /** Jour ouvré : du lundi au vendredi, hors jour férié. */
    boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** Dimanche de Pâques, algorithme grégorien anonyme (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrenchPublicHolidays other && other.alsaceMoselle == alsaceMoselle;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(alsaceMoselle);
    }

    @Override
    public String toString() {
        return alsaceMoselle ? "FrenchPublicHolidays[Alsace-Moselle]" : "FrenchPublicHolidays[métropole]";
    }
}
