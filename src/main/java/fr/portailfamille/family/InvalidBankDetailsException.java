package fr.portailfamille.family;

import java.util.Objects;

/**
 * Thrown when bank details entered by a family (IBAN, BIC) or a SEPA mandate reference are invalid.
 *
 * <p>The {@link #reason()} is meant to be mapped to a localised message by the UI. The exception
 * message is technical (English) and <strong>never contains the submitted value</strong>, so that
 * bank details cannot leak into logs through a stack trace.
 */
public class InvalidBankDetailsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the submitted value was rejected. */
    public enum Reason {
        /** Nothing (or only whitespace) was submitted. */
        EMPTY,
        /** The IBAN contains something other than ASCII letters and digits (after removing spaces). */
        BAD_CHARACTERS,
        /** The IBAN does not start with the country code of a country of the SWIFT IBAN registry. */
        UNKNOWN_COUNTRY,
        /** The IBAN length does not match the length registered for its country. */
        BAD_LENGTH,
        /** The IBAN check digits are malformed or the ISO 7064 mod-97 checksum fails. */
        BAD_CHECKSUM,
        /** The BIC does not follow the ISO 9362 format (8 or 11 characters). */
        BAD_BIC_FORMAT,
        /** The SEPA mandate reference (RUM) violates the EPC rules. */
        BAD_MANDATE_REFERENCE
    }

    private final Reason reason;

    InvalidBankDetailsException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
