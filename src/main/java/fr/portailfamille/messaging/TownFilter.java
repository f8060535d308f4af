package fr.portailfamille.messaging;

import java.util.List;

/**
 * The agents' inbox filters. {@code households} is null when no family filter applies, else the ids
 * found by the family search (possibly none).
 */
record TownFilter(boolean unreadOnly, boolean crocVacancesOnly, Long assignedTo, boolean includeHandled,
                  List<Long> households, boolean unassignedOnly) {

    TownFilter(boolean unreadOnly, boolean crocVacancesOnly, Long assignedTo, boolean includeHandled,
               List<Long> households) {
        this(unreadOnly, crocVacancesOnly, assignedTo, includeHandled, households, false);
    }
}
