package fr.portailfamille.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 31)).start()).isEqualTo(Year.of(2025));
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1)).start()).isEqualTo(Year.of(2026));
        assertThat(SchoolYear.of(LocalDate.of(2027, 1, 15)).label()).isEqualTo("2026-2027");
        assertThat(SchoolYear.of(LocalDate.of(2027, 1, 15)).firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
    }
}
