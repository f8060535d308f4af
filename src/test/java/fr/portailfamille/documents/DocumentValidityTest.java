package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentValidityTest {

    @Test
    void aSchoolYearDocumentEndsOnThe31stOfAugustOfItsSchoolYear() {
        assertThat(DocumentValidity.defaultEnd(Validity.SCHOOL_YEAR, null, LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(DocumentValidity.defaultEnd(Validity.SCHOOL_YEAR, null, LocalDate.of(2027, 3, 1)))
                .isEqualTo(LocalDate.of(2027, 8, 31));
        // accepted on the first day of a school year: valid for that one, not the one before
        assertThat(DocumentValidity.defaultEnd(Validity.SCHOOL_YEAR, null, LocalDate.of(2027, 9, 1)))
                .isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(DocumentValidity.defaultEnd(Validity.SCHOOL_YEAR, null, LocalDate.of(2027, 8, 31)))
                .isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aDocumentValidForMonthsEndsTheDayBeforeTheSameDateNMonthsLater() {
        assertThat(DocumentValidity.defaultEnd(Validity.MONTHS, 12, LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 11, 29));
        assertThat(DocumentValidity.defaultEnd(Validity.MONTHS, 3, LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 2, 27)); // 28 February is the last day of the three months
        assertThat(DocumentValidity.defaultEnd(Validity.MONTHS, null, LocalDate.of(2026, 1, 1)))
                .as("a type without a month count falls back to a year").isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDocumentWithoutValidityHasNoEnd() {
        assertThat(DocumentValidity.defaultEnd(Validity.NONE, 12, LocalDate.of(2026, 11, 30))).isNull();
    }
}
