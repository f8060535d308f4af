package fr.portailfamille.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequestFlowTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void weeksCountWhatCameWhatWasDecidedAndWhatWaitsOnSundayNight() {
        LocalDate monday = LocalDate.of(2026, 11, 2);
        var before = new RequestFlow.Moment(monday.minusDays(3).atStartOfDay(PARIS).toInstant(),
                monday.plusDays(1).atStartOfDay(PARIS).toInstant());
        // Sunday 23:30 in Paris is still the first week
        var lateSunday = new RequestFlow.Moment(monday.plusDays(6).atTime(23, 30).atZone(PARIS).toInstant(), null);
        var secondWeek = new RequestFlow.Moment(monday.plusDays(8).atStartOfDay(PARIS).toInstant(),
                monday.plusDays(9).atStartOfDay(PARIS).toInstant());
        var weeks = RequestFlow.weekly(List.of(before, lateSunday, secondWeek), monday.plusDays(2),
                monday.plusDays(10), PARIS);
        assertThat(weeks).containsExactly(new WeeklyRequests(monday, 1, 1, 1),
                new WeeklyRequests(monday.plusWeeks(1), 1, 1, 1));
    }
}
