package fr.portailfamille.documents;

import java.time.LocalDate;
import java.time.Month;

/** The validity end an agent is offered when accepting a document: from the type's rule and the day. */
final class DocumentValidity {

    private DocumentValidity() {
    }

    /** The last valid day, or {@code null} for a document without end. */
    static LocalDate defaultEnd(Validity validity, Integer months, LocalDate acceptedOn) {
        return switch (validity) {
            case NONE -> null;
            case SCHOOL_YEAR -> schoolYearEnd(acceptedOn);
            case MONTHS -> acceptedOn.plusMonths(months == null || months < 1 ? 12 : months).minusDays(1);
        };
    }

    /** 31 August of the school year the day belongs to (a school year runs from 1 September). */
    static LocalDate schoolYearEnd(LocalDate day) {
        int endYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() + 1 : day.getYear();
        return LocalDate.of(endYear, Month.AUGUST, 31);
    }
}
