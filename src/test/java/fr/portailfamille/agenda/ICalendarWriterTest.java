package fr.portailfamille.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    static final Instant STAMP = Instant.parse("2026-11-28T09:30:00Z");

    @Test
    void writesAllDayEventsWithCrlfLines() {
        String ics = ICalendarWriter.write("Hugo — réservations", List.of(new ICalendarWriter.Event("r-1@pf",
                LocalDate.of(2026, 12, 31), "Croc'Vacances — Hugo", null)), STAMP);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261231\r\n").contains("DTEND;VALUE=DATE:20270101\r\n")
                .contains("DTSTAMP:20261128T093000Z\r\n").contains("UID:r-1@pf\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        String summary = "Accueil de loisirs élémentaire — journée découverte à la médiathèque et piscine municipale";
        String ics = ICalendarWriter.write("x", List.of(new ICalendarWriter.Event("u", LocalDate.of(2027, 1, 4),
                summary, null)), STAMP);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary + "\r\n");
    }
}
