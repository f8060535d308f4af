package fr.portailfamille.shared.upload;

import java.util.Objects;

/**
 * An uploaded file was refused. Show {@link #reason()}'s {@link UploadRejection#messageKey() message}
 * to the family; the exception message is a technical detail for the logs only (it never contains
 * file content).
 */
public class UploadRejectedException extends RuntimeException {

    private final UploadRejection reason;

    public UploadRejectedException(UploadRejection reason, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UploadRejectedException(UploadRejection reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UploadRejection reason() {
        return reason;
    }

    /** Shortcut for {@code reason().messageKey()}. */
    public String messageKey() {
        return reason.messageKey();
    }
}
