package fr.portailfamille.reminders;

import java.time.Instant;

/** A household in the agents' certification list: its confirmation of the school year, if any (read-only view). */
public record CertificationView(long householdId, String name, String city, String primaryGuardian,
                                Instant confirmedAt, String confirmedBy) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
