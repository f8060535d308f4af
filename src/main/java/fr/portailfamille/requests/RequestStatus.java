package fr.portailfamille.requests;

/** pending → accepted / refused / withdrawn; a decided request never changes again. */
public enum RequestStatus {
    PENDING, ACCEPTED, REFUSED, WITHDRAWN;

    public boolean isFinal() {
        return this != PENDING;
    }

    public String messageKey() {
        return "request-status." + name();
    }
}
