package fr.portailfamille.account;

import java.time.Instant;

/** A stored one-time link (its token is not here: only its hash is stored). */
record OneTimeLink(long id, long accountId, LinkPurpose purpose, Instant createdAt, Instant expiresAt,
                   Instant usedAt, Instant revokedAt) {

    enum State { VALID, EXPIRED, USED, REVOKED }

    /** The link's state at a moment: used and revoked win over expired (they say more to the person). */
    State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
    }

    /** A new link of the purpose issued now: valid for the purpose's validity. */
    static Instant expiryOf(LinkPurpose purpose, Instant issuedAt) {
        return issuedAt.plus(purpose.validity());
    }
}
