package fr.portailfamille.activities;

import static fr.portailfamille.activities.BookingDeadline.DayCounting.CALENDAR_DAYS;
import static fr.portailfamille.activities.BookingDeadline.DayCounting.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamille.activities.BookingDeadline.DayCounting;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingDeadlineTest {

    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Nested
    class CalendarDays {

        @Test
        void goesBackNCalendarDays() {
            assertThat(BookingDeadline.calendarDays(2, NOON).deadlineFor(date("2026-03-04")))
                    .isEqualTo(at("2026-03-02T12:00"));
        }

        @Test
        void weekendsAndHolidaysCountAsOrdinaryDays() {
            // lundi 9 mars 2026, J-2 → samedi 7 mars
            assertThat(BookingDeadline.calendarDays(2, NOON).deadlineFor(date("2026-03-09")))
                    .isEqualTo(at("2026-03-07T12:00"));
            // mercredi 15 juillet 2026, J-1 → 14 juillet
            assertThat(BookingDeadline.calendarDays(1, NOON).deadlineFor(date("2026-07-15")))
                    .isEqualTo(at("2026-07-14T12:00"));
        }

        @Test
        void crossesMonthYearAndLeapDayBoundaries() {
            assertThat(BookingDeadline.calendarDays(3, NOON).deadlineFor(date("2026-03-02")))
                    .isEqualTo(at("2026-02-27T12:00"));
            assertThat(BookingDeadline.calendarDays(5, NOON).deadlineFor(date("2027-01-04")))
                    .isEqualTo(at("2026-12-30T12:00"));
            assertThat(BookingDeadline.calendarDays(1, NOON).deadlineFor(date("2028-03-01")))
                    .isEqualTo(at("2028-02-29T12:00"));
        }

        @Test
        void holidayCalendarIsIrrelevant() {
            BookingDeadline rule = BookingDeadline.calendarDays(1, NOON);
            assertThat(rule.deadlineFor(date("2026-04-04"), new FrenchPublicHolidays(true)))
                    .isEqualTo(rule.deadlineFor(date("2026-04-04")))
                    .isEqualTo(at("2026-04-03T12:00"));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void mondayJMinus1IsThePreviousFriday() {
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-03-09")))
                    .isEqualTo(at("2026-03-06T18:00"));
        }

        @Test
        void mondayJMinus3IsThePreviousWednesday() {
            assertThat(BookingDeadline.workingDays(3, SIX_PM).deadlineFor(date("2026-03-09")))
                    .isEqualTo(at("2026-03-04T18:00"));
        }

        @Test
        void weekendDayItselfIsNotCounted() {
            // samedi 7 mars 2026
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-03-07")))
                    .isEqualTo(at("2026-03-06T18:00"));
            assertThat(BookingDeadline.workingDays(2, SIX_PM).deadlineFor(date("2026-03-08")))
                    .isEqualTo(at("2026-03-05T18:00"));
        }

        @Test
        void skipsBastilleDay() {
            // mercredi 15 juillet 2026 : le mardi 14 est férié → lundi 13
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-07-15")))
                    .isEqualTo(at("2026-07-13T18:00"));
        }

        @Test
        void skipsMayDayAndTheWeekend() {
            // lundi 4 mai 2026 : week-end + vendredi 1er mai férié → jeudi 30 avril (changement de mois)
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-05-04")))
                    .isEqualTo(at("2026-04-30T18:00"));
        }

        @Test
        void skipsEighthOfMayAndAscension() {
            // lundi 11 mai 2026 : vendredi 8 mai férié → jeudi 7
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-05-11")))
                    .isEqualTo(at("2026-05-07T18:00"));
            // vendredi 15 mai 2026 : jeudi 14 (Ascension) férié → mercredi 13
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-05-15")))
                    .isEqualTo(at("2026-05-13T18:00"));
        }

        @Test
        void skipsEasterMonday() {
            // mardi 7 avril 2026 : lundi 6 (Pâques) férié + week-end → vendredi 3 avril
            assertThat(BookingDeadline.workingDays(1, SIX_PM).deadlineFor(date("2026-04-07")))
                    .isEqualTo(at("2026-04-03T18:00"));
        }

        @Test
        void alsaceMoselleAlsoSkipsGoodFriday() {
            BookingDeadline rule = BookingDeadline.workingDays(1, SIX_PM);
            assertThat(rule.deadlineFor(date("2026-04-07"), new FrenchPublicHolidays(true)))
                    .isEqualTo(at("2026-04-02T18:00"));
        }

        @Test
        void crossesYearBoundarySkippingNewYearsDay() {
            // lundi 4 janvier 2027 : dim. 3, sam. 2, ven. 1er janvier férié → jeu. 31, mer. 30 décembre 2026
            assertThat(BookingDeadline.workingDays(2, NOON).deadlineFor(date("2027-01-04")))
                    .isEqualTo(at("2026-12-30T12:00"));
            assertThat(BookingDeadline.workingDays(1, NOON).deadlineFor(date("2027-01-04")))
                    .isEqualTo(at("2026-12-31T12:00"));
        }

        @Test
        void skipsChristmas() {
            // lundi 28 décembre 2026 : week-end + vendredi 25 férié → jeudi 24
            assertThat(BookingDeadline.workingDays(1, NOON).deadlineFor(date("2026-12-28")))
                    .isEqualTo(at("2026-12-24T12:00"));
        }

        @Test
        void crossesMonthBoundary() {
            // mardi 2 juin 2026 : lundi 1er juin (1), vendredi 29 mai (2)
            assertThat(BookingDeadline.workingDays(2, NOON).deadlineFor(date("2026-06-02")))
                    .isEqualTo(at("2026-05-29T12:00"));
        }

        @Test
        void maximumDelayStillLandsOnAWorkingDay() {
            LocalDateTime deadline = BookingDeadline.workingDays(60, NOON).deadlineFor(date("2026-09-01"));
            assertThat(new FrenchPublicHolidays().isWorkingDay(deadline.toLocalDate())).isTrue();
            assertThat(deadline).isBefore(at("2026-06-09T00:00"));
        }
    }

    @Nested
    class SameDay {

        @ParameterizedTest
        @EnumSource(DayCounting.class)
        void jMinus0IsTheSameDayAtTheGivenTime(DayCounting counting) {
            BookingDeadline rule = new BookingDeadline(0, LocalTime.of(9, 0), counting);
            assertThat(rule.deadlineFor(date("2026-03-04"))).isEqualTo(at("2026-03-04T09:00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-07", "2026-07-14", "2027-01-01"})
        void jMinus0WorkingDaysKeepsTheDayEvenWhenNotWorked(String day) {
            BookingDeadline rule = BookingDeadline.workingDays(0, LocalTime.of(9, 0));
            assertThat(rule.deadlineFor(date(day))).isEqualTo(date(day).atTime(9, 0));
        }
    }

    @Nested
    class IsOpen {

        private final BookingDeadline rule = BookingDeadline.calendarDays(2, NOON);
        private final LocalDate day = date("2026-03-04"); // limite : lundi 2 mars 2026 à 12:00

        @Test
        void openStrictlyBeforeTheDeadline() {
            assertThat(rule.isOpen(day, at("2026-02-20T08:00"))).isTrue();
            assertThat(rule.isOpen(day, at("2026-03-02T11:59"))).isTrue();
            assertThat(rule.isOpen(day, at("2026-03-02T11:59:59.999999999"))).isTrue();
        }

        @Test
        void closedAtTheExactMinute() {
            assertThat(rule.isOpen(day, at("2026-03-02T12:00"))).isFalse();
        }

        @Test
        void closedAfterTheDeadline() {
            assertThat(rule.isOpen(day, at("2026-03-02T12:00:00.000000001"))).isFalse();
            assertThat(rule.isOpen(day, at("2026-03-02T12:01"))).isFalse();
            assertThat(rule.isOpen(day, at("2026-03-04T08:00"))).isFalse();
        }

        @Test
        void workingDaysBoundaryUsesTheHolidayCalendar() {
            BookingDeadline working = BookingDeadline.workingDays(1, SIX_PM);
            LocalDate tuesdayAfterEaster = date("2026-04-07");
            assertThat(working.isOpen(tuesdayAfterEaster, at("2026-04-03T17:59"))).isTrue();
            assertThat(working.isOpen(tuesdayAfterEaster, at("2026-04-03T18:00"))).isFalse();
            FrenchPublicHolidays alsace = new FrenchPublicHolidays(true);
            assertThat(working.isOpen(tuesdayAfterEaster, at("2026-04-02T17:59"), alsace)).isTrue();
            assertThat(working.isOpen(tuesdayAfterEaster, at("2026-04-02T18:00"), alsace)).isFalse();
        }

        @Test
        void sameDayBoundary() {
            BookingDeadline sameDay = BookingDeadline.parse("J-0 à 09:00");
            assertThat(sameDay.isOpen(day, at("2026-03-04T08:59"))).isTrue();
            assertThat(sameDay.isOpen(day, at("2026-03-04T09:00"))).isFalse();
        }

        @Test
        void rejectsMissingArguments() {
            assertThatThrownBy(() -> rule.isOpen(day, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> rule.isOpen(null, at("2026-03-02T11:00")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class ParseAndLabel {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "J-2 à 12:00        | 2  | 12:00 | CALENDAR_DAYS",
                "J-3 ouvrés à 18:00 | 3  | 18:00 | WORKING_DAYS",
                "J-0 à 09:00        | 0  | 09:00 | CALENDAR_DAYS",
                "J-1 ouvré à 08:30  | 1  | 08:30 | WORKING_DAYS",
                "J-0 ouvré à 07:15  | 0  | 07:15 | WORKING_DAYS",
                "J-60 à 23:59       | 60 | 23:59 | CALENDAR_DAYS",
                "J-60 ouvrés à 00:00| 60 | 00:00 | WORKING_DAYS"
        })
        void parsesCanonicalFormsAndGivesThemBack(String text, int days, LocalTime time, DayCounting counting) {
            BookingDeadline rule = BookingDeadline.parse(text);
            assertThat(rule).isEqualTo(new BookingDeadline(days, time, counting));
            assertThat(rule.label()).isEqualTo(text);
            assertThat(rule).hasToString(text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "j-2 à 12:00            | J-2 à 12:00",
                "  J - 2   à  12:00     | J-2 à 12:00",
                "J-2 a 12:00            | J-2 à 12:00",
                "J-2 à 9:00             | J-2 à 09:00",
                "J-2 à 12h00            | J-2 à 12:00",
                "J-3 OUVRÉS À 18H00     | J-3 ouvrés à 18:00",
                "J-3 ouvres à 18:00     | J-3 ouvrés à 18:00",
                "J-1 ouvrés à 18:00     | J-1 ouvré à 18:00",
                "J-2 ouvré à 18:00      | J-2 ouvrés à 18:00",
                "J-02 à 12:00           | J-2 à 12:00"
        })
        void toleratesCommonVariantsAndNormalisesTheLabel(String text, String label) {
            assertThat(BookingDeadline.parse(text).label()).isEqualTo(label);
        }

        @Test
        void acceptsNonBreakingSpaces() {
            assertThat(BookingDeadline.parse("J-2\u00A0à\u202F12:00")).isEqualTo(BookingDeadline.calendarDays(2, NOON));
        }

        @Test
        void everyValidRuleRoundTripsThroughItsLabel() {
            for (DayCounting counting : DayCounting.values()) {
                for (int days = 0; days <= BookingDeadline.MAX_DAYS; days++) {
                    BookingDeadline rule = new BookingDeadline(days, LocalTime.of(days % 24, (days * 7) % 60), counting);
                    assertThat(BookingDeadline.parse(rule.label())).isEqualTo(rule);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "J-2", "J-2 à", "à 12:00", "J2 à 12:00", "J+2 à 12:00", "J--2 à 12:00", "J-2 at 12:00",
                "D-2 à 12:00", "J-2 à 12:00 demain", "J-2 jours à 12:00", "J-2 ouvrables à 12:00",
                "J-2,5 à 12:00", "J-2 à 12", "J-2 à 12:0", "J-2 à 12:00:30", "J-2ouvrés à 12:00"
        })
        void rejectsMalformedText(String text) {
            assertThatThrownBy(() -> BookingDeadline.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("format attendu");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void rejectsMissingText(String text) {
            assertThatThrownBy(() -> BookingDeadline.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("manquant");
        }

        @ParameterizedTest
        @ValueSource(strings = {"J-2 à 24:00", "J-2 à 12:60", "J-2 à 99:99"})
        void rejectsImpossibleTimes(String text) {
            assertThatThrownBy(() -> BookingDeadline.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Heure invalide");
        }

        @ParameterizedTest
        @ValueSource(strings = {"J-61 à 12:00", "J-100 ouvrés à 12:00", "J-99999999999999 à 12:00"})
        void rejectsDelaysOutOfRange(String text) {
            assertThatThrownBy(() -> BookingDeadline.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entre 0 et 60");
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest
        @ValueSource(ints = {-1, 61, Integer.MIN_VALUE, Integer.MAX_VALUE})
        void rejectsDaysOutsideZeroToSixty(int days) {
            assertThatThrownBy(() -> new BookingDeadline(days, NOON, CALENDAR_DAYS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entre 0 et 60");
        }

        @Test
        void acceptsBounds() {
            assertThat(new BookingDeadline(0, NOON, WORKING_DAYS).days()).isZero();
            assertThat(new BookingDeadline(60, NOON, WORKING_DAYS).days()).isEqualTo(60);
        }

        @Test
        void rejectsMissingTimeOrCounting() {
            assertThatThrownBy(() -> new BookingDeadline(1, null, CALENDAR_DAYS))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BookingDeadline(1, NOON, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsTimesFinerThanTheMinute() {
            assertThatThrownBy(() -> new BookingDeadline(1, LocalTime.of(12, 0, 30), CALENDAR_DAYS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("minute");
        }

        @Test
        void rejectsMissingDay() {
            assertThatThrownBy(() -> BookingDeadline.calendarDays(1, NOON).deadlineFor(null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
