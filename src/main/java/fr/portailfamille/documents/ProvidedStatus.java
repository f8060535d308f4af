package fr.portailfamille.documents;

/** A document a family sent: waiting for an agent, accepted, refused (with a reason) or withdrawn. */
public enum ProvidedStatus {
    PENDING, ACCEPTED, REFUSED, WITHDRAWN
}
