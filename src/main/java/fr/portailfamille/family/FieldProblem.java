package fr.portailfamille.family;

/** A field the user must correct: a message key and its arguments (never the typed value). */
final class FieldProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    FieldProblem(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    FieldError error() {
        return new FieldError(messageKey, args);
    }
}
