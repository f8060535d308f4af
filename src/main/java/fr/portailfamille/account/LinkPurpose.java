package fr.portailfamille.account;

import java.time.Duration;

/**
 * What a one-time link is for, and how long it stays valid: an invitation or an activation lets a person
 * choose the first password of an account (7 days), a reset replaces a forgotten one (1 hour).
 */
public enum LinkPurpose {
    ACTIVATION(Duration.ofDays(7)),
    INVITATION(Duration.ofDays(7)),
    RESET(Duration.ofHours(1));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** The page of the portal the link opens (relative to the base URL), before the token. */
    public String pathPrefix() {
        return this == RESET ? "/mot-de-passe-oublie/" : "/activation/";
    }
}
