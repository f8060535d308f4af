package fr.portailfamille.agenda;

import java.time.LocalDateTime;

/** A booking window as an agent sets it: times in the town's local time. */
public record WindowSettings(long activityId, long periodId, BookingMode mode, LocalDateTime opensAt,
                             LocalDateTime closesAt, LocalDateTime allocateAt, LotteryRules rules) {
}
