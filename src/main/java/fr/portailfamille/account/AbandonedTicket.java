package fr.portailfamille.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When a waiting login ticket is given up (the family is sent back to the login form): its password lives only in
 * the memory of the instance that took it, so a ticket is dead when that instance stopped. An instance that still
 * holds the ticket keeps it however long the line is (a town's whole opening queue can take more than a few
 * minutes on a small server); a page served by another instance cannot know, and gives up after {@link #LIMIT}.
 */
final class AbandonedTicket {

    /** How long a ticket may wait when the instance serving the page does not hold it. */
    static final Duration LIMIT = Duration.ofMinutes(3);

    private AbandonedTicket() {
    }

    static boolean abandoned(Instant createdAt, boolean heldHere, Instant now) {
        return !heldHere && createdAt.plus(LIMIT).isBefore(now);
    }
}
