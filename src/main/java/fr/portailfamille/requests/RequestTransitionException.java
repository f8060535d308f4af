package fr.portailfamille.requests;

/** A transition the lifecycle forbids (deciding twice, refusing without a reason…); carries a message key. */
public class RequestTransitionException extends RuntimeException {

    private final String messageKey;

    public RequestTransitionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
