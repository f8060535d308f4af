package fr.portailfamille.messaging;

/** Who wrote a message: the family, an agent of the Service Jeunesse, or the portal itself. */
enum Author {
    FAMILY, AGENT, SYSTEM;

    boolean isTown() {
        return this != FAMILY;
    }
}
