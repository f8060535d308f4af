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

    /** Among the common passwords of the block-lists (case, accents, spaces and separators ignored). */
    COMMON("password.violation.common"),

    /** A common password with digits or symbols added, typed twice, or in leetspeak ({@link PasswordVariants}). */
    COMMON_VARIANT("password.violation.common-variant"),

    /** A repetition or a run of consecutive characters (« 123456789012 », « aaaaaaaaaaaa », « abcabcabcabc »). */
    SEQUENCE("password.violation.sequence"),

    /** Equal to, or contains, the login (case- and accent-insensitive). */
    CONTAINS_LOGIN("password.violation.contains-login"),

    /** Little more than the user's own names (« Martin2026! »). */
    PERSONAL_NAME("password.violation.personal-name"),

    /** Little more than the town's name (« ValFleuri123 »). */
    TOWN_NAME("password.violation.town-name");

    private final String messageKey;

    PasswordViolation(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the user-facing message, e.g. {@code password.violation.too-short}. */
    public String messageKey() {
        return messageKey;
    }
}
