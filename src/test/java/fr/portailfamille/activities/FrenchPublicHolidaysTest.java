package fr.portailfamille.activities;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchPublicHolidaysTest {

    private final FrenchPublicHolidays metropolitan = new FrenchPublicHolidays();
    private final FrenchPublicHolidays alsaceMoselle = new FrenchPublicHolidays(true);

    static Stream<Arguments> officialDates() {
        return Stream.of(
                Arguments.of(2024, List.of(of(2024, 1, 1), of(2024, 4, 1), of(2024, 5, 1), of(2024, 5, 8),
                        of(2024, 5, 9), of(2024, 5, 20), of(2024, 7, 14), of(2024, 8, 15), of(2024, 11, 1),
                        of(2024, 11, 11), of(2024, 12, 25))),
                Arguments.of(2025, List.of(of(2025, 1, 1), of(2025, 4, 21), of(2025, 5, 1), of(2025, 5, 8),
                        of(2025, 5, 29), of(2025, 6, 9), of(2025, 7, 14), of(2025, 8, 15), of(2025, 11, 1),
                        of(2025, 11, 11), of(2025, 12, 25))),
                Arguments.of(2026, List.of(of(2026, 1, 1), of(2026, 4, 6), of(2026, 5, 1), of(2026, 5, 8),
                        of(2026, 5, 14), of(2026, 5, 25), of(2026, 7, 14), of(2026, 8, 15), of(2026, 11, 1),
                        of(2026, 11, 11), of(2026, 12, 25))),
                Arguments.of(2027, List.of(of(2027, 1, 1), of(2027, 3, 29), of(2027, 5, 1), of(2027, 5, 6),
                        of(2027, 5, 8), of(2027, 5, 17), of(2027, 7, 14), of(2027, 8, 15), of(2027, 11, 1),
                        of(2027, 11, 11), of(2027, 12, 25))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialDates")
    void metropolitanHolidaysMatchOfficialDatesInOrder(int year, List<LocalDate> expected) {
        assertThat(metropolitan.of(year)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialDates")
    void everyOfficialDateIsAHoliday(int year, List<LocalDate> expected) {
        assertThat(expected).allMatch(metropolitan::isHoliday);
    }

    @ParameterizedTest(name = "Pâques {0} = {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "1818, 1818-03-22", // date la plus précoce possible
            "2285, 2285-03-22", // date la plus précoce possible
            "1943, 1943-04-25", // date la plus tardive possible
            "2038, 2038-04-25", // date la plus tardive possible
            "1583, 1583-04-10"
    })
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void knownMovableFeastsOf2026() {
        assertThat(metropolitan.isHoliday(of(2026, 4, 6))).as("lundi de Pâques").isTrue();
        assertThat(metropolitan.isHoliday(of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(metropolitan.isHoliday(of(2026, 5, 25))).as("lundi de Pentecôte").isTrue();
    }

    @Test
    void ordinaryDaysAndSundaysOfFeastsAreNotListed() {
        assertThat(metropolitan.isHoliday(of(2026, 5, 13))).isFalse();
        assertThat(metropolitan.isHoliday(of(2026, 4, 5))).as("dimanche de Pâques").isFalse();
        assertThat(metropolitan.isHoliday(of(2026, 5, 24))).as("dimanche de Pentecôte").isFalse();
        assertThat(metropolitan.isHoliday(of(2026, 12, 24))).isFalse();
        assertThat(metropolitan.isHoliday(of(2026, 12, 31))).isFalse();
    }

    @Test
    void metropolitanCalendarHasNoGoodFridayNorSaintStephen() {
        assertThat(metropolitan.isHoliday(of(2026, 4, 3))).isFalse();
        assertThat(metropolitan.isHoliday(of(2026, 12, 26))).isFalse();
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen() {
        assertThat(alsaceMoselle.of(2026))
                .hasSize(13)
                .containsAll(metropolitan.of(2026))
                .contains(of(2026, 4, 3), of(2026, 12, 26));
        assertThat(alsaceMoselle.isHoliday(of(2024, 3, 29))).as("Vendredi saint 2024").isTrue();
        assertThat(alsaceMoselle.isHoliday(of(2027, 3, 26))).as("Vendredi saint 2027").isTrue();
        assertThat(alsaceMoselle.alsaceMoselle()).isTrue();
        assertThat(metropolitan.alsaceMoselle()).isFalse();
    }

    @Test
    void coincidingFeastsAreListedOnce() {
        // 2008 : Pâques le 23 mars, donc Ascension le 1er mai.
        assertThat(metropolitan.of(2008)).hasSize(10).contains(of(2008, 5, 1), of(2008, 5, 12));
    }

    @Test
    void yearlySetIsUnmodifiable() {
        assertThatThrownBy(() -> metropolitan.of(2026).add(of(2026, 6, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void workingDaysAreWeekdaysThatAreNotHolidays() {
        assertThat(metropolitan.isWorkingDay(of(2026, 5, 13))).as("mercredi").isTrue();
        assertThat(metropolitan.isWorkingDay(of(2026, 5, 14))).as("Ascension").isFalse();
        assertThat(metropolitan.isWorkingDay(of(2026, 5, 16))).as("samedi").isFalse();
        assertThat(metropolitan.isWorkingDay(of(2026, 5, 17))).as("dimanche").isFalse();
    }

    @Test
    void rejectsYearsBeforeTheGregorianCalendarAndNullDates() {
        assertThatThrownBy(() -> metropolitan.of(1582))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1582");
        assertThatThrownBy(() -> metropolitan.isHoliday(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityDependsOnlyOnTheRegime() {
        assertThat(new FrenchPublicHolidays()).isEqualTo(new FrenchPublicHolidays(false))
                .hasSameHashCodeAs(new FrenchPublicHolidays(false))
                .isNotEqualTo(new FrenchPublicHolidays(true));
    }
}
