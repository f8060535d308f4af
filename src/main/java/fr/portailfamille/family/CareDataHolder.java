package fr.portailfamille.family;

import java.time.LocalDate;

/** A child whose health or complementary data is on record; {@code recordSince}: the household's creation day. */
public record CareDataHolder(long childId, long householdId, LocalDate recordSince) {
}
