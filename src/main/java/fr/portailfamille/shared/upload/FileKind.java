package fr.portailfamille.shared.upload;

import java.util.Set;

/**
 * The file types this package knows, recognised by their leading "magic" bytes only: the declared
 * content type and the file name are never trusted.
 */
enum FileKind {

    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    final String contentType;
    final String extension;
    private final byte[] magic;

    FileKind(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The kind whose signature starts {@code content} at offset 0, or {@code null}. */
    static FileKind sniff(byte[] content) {
        for (FileKind kind : values()) {
            if (content.length >= kind.magic.length
                    && java.util.Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The checks every upload goes through first: not empty, at most {@link UploadedFile#MAX_BYTES},
     * and a signature among {@code accepted}. Anything else (SVG, HTML, GIF, a PDF named .jpg...) is
     * {@link UploadRejection#UNSUPPORTED_TYPE}.
     */
    static FileKind check(byte[] content, Set<FileKind> accepted) {
        if (content == null || content.length == 0) {
            throw new UploadRejectedException(UploadRejection.EMPTY, "empty upload");
        }
        if (content.length > UploadedFile.MAX_BYTES) {
            throw new UploadRejectedException(UploadRejection.TOO_LARGE, content.length + " bytes");
        }
        FileKind kind = sniff(content);
        if (kind == null || !accepted.contains(kind)) {
            throw new UploadRejectedException(UploadRejection.UNSUPPORTED_TYPE,
                    kind == null ? "unknown signature" : kind + " not accepted here");
        }
        return kind;
    }
}
