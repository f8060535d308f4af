package fr.portailfamille.agenda;

import java.time.LocalDate;

/** One request of a lottery window with what the priority rules read of the household and the child. */
record LotteryEntry(long requestId, long householdId, long childId, LocalDate day, boolean resident,
                    boolean workingParents, boolean acceptsSplit, boolean pai) {
}
