package fr.portailfamille.shared.upload;

/**
 * Why an uploaded file was refused. Each reason has a message key in {@code i18n/shared*.properties}
 * whose text can be shown as-is to the family.
 */
public enum UploadRejection {

    /** No file, or a file of zero bytes. */
    EMPTY("upload.rejected.empty"),
    /** More than {@link UploadedFile#MAX_BYTES} bytes. */
    TOO_LARGE("upload.rejected.too-large"),
    /** Not a JPEG, PNG (or, for documents, PDF) judging by its bytes; also disguised files and polyglots. */
    UNSUPPORTED_TYPE("upload.rejected.unsupported-type"),
    /** Right signature but the file cannot be decoded (truncated, damaged, password-protected PDF...). */
    CORRUPTED("upload.rejected.corrupted"),
    /** Image header announces more than 40 megapixels or a side longer than 12,000 px. */
    TOO_MANY_PIXELS("upload.rejected.too-many-pixels");

    private final String messageKey;

    UploadRejection(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the message shown to the family, e.g. {@code upload.rejected.too-large}. */
    public String messageKey() {
        return messageKey;
    }
}
