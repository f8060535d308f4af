package fr.portailfamille.documents;

import java.util.List;

/**
 * A child's image rights at a glance (attendance list, check-in): the uses consented to and the others. Image
 * rights are express: a use never answered counts as refused.
 */
public record ImageRights(List<String> given, List<String> notGiven) {

    /** Whether at least one use is not consented to: the « droit à l'image refusé » flag. */
    public boolean refused() {
        return !notGiven.isEmpty();
    }

    /** Whether no use at all is consented to. */
    public boolean refusedForAll() {
        return given.isEmpty();
    }
}
