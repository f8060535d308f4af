package fr.portailfamille.shared.upload;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * The file field of a submitted form. A browser sends a nameless, empty part when no file was chosen; a chosen file
 * of 0 bytes has a name and must be refused ({@link UploadRejection#EMPTY}), not taken for "no file".
 */
public final class SubmittedFiles {

    private SubmittedFiles() {
    }

    /** Whether the user chose a file (even an empty one). */
    public static boolean chosen(MultipartFile file) {
        return file != null && (file.getSize() > 0
                || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()));
    }

    /**
     * The file's bytes, at most {@link UploadedFile#MAX_BYTES} + 1 of them: enough for the size check to refuse an
     * oversized file, without ever holding a whole large upload in memory.
     */
    public static byte[] content(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(UploadedFile.MAX_BYTES + 1);
        }
    }
}
