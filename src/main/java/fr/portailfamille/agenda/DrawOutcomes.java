package fr.portailfamille.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published once per household after a lottery's allocation: what became of each day the household asked, so
 * that the family receives one message (and one e-mail notice) summarising all days. Only this household's data.
 */
public record DrawOutcomes(long householdId, long windowId, String activityName, String periodLabel,
                           Instant allocatedAt, List<Line> lines) {

    public DrawOutcomes {
        lines = List.copyOf(lines);
    }

    /** One child and day: a place, or the waiting list at {@code waitingRank}; the figures of the day's draw. */
    public record Line(String childName, LocalDate day, boolean placed, int waitingRank, int lotteryRank,
                       int requests, int places) {
    }
}
