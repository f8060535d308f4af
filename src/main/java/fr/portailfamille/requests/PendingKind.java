package fr.portailfamille.requests;

import java.time.Instant;

/** Requests of a kind waiting for an agent: how many, and since when the oldest waits (for the dashboard). */
public record PendingKind(String kind, long count, Instant oldestSince) {
}
