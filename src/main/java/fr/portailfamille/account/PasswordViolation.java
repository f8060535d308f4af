package fr.portailfamille.account;

/**
 * A reason why a candidate password is refused by {@link PasswordPolicy}.
 * Each value has a message key resolved in the {@code i18n/account} bundle.
 */
public enum PasswordViolation {

    /** Fewer than {@value PasswordPolicy#MIN_LENGTH} characters (Unicode code points, after NFC). */
    TOO_SHORT("password.violation.too-short"),

    /** More than {@value PasswordPolicy#MAX_LENGTH} characters (Unicode code points, after NFC). */
    TOO_LONG("password.violation.too-long"),

    /** Among the common passwords of the block-lists. */
    COMMON("password.violation.common"),

    /** Equal to, or contains, the login (case- and accent-insensitive). */
    CONTAINS_LOGIN("password.violation.contains-login");

    private final String messageKey;

    PasswordViolation(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the user-facing message, e.g. {@code password.violation.too-short}. */
    public String messageKey() {
        return messageKey;
    }
}
