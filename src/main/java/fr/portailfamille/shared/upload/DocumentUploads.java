package fr.portailfamille.shared.upload;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Proofs and attachments (CAF proof, absence certificate, message attachment): PDF, JPEG or PNG recognised
 * by their bytes, at most 5 Mo. Images go through the same pipeline as photos (fresh JPEG, no metadata)
 * but keep up to {@value #IMAGE_MAX_SIDE} px on the longest side so that scanned text stays legible;
 * PDFs are checked and re-saved by {@link PdfSanitiser} (no JavaScript, open action, embedded files...).
 */
@Component
public class DocumentUploads {

    public static final int IMAGE_MAX_SIDE = 2000;

    private static final Set<FileKind> ACCEPTED = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

    private final ImagePipeline pipeline = new ImagePipeline(IMAGE_MAX_SIDE);

    /**
     * @param originalName the name sent by the browser (only used to build a safe name), may be {@code null}
     * @param content      the uploaded bytes
     * @return the sanitised document: {@code application/pdf} or {@code image/jpeg}
     * @throws UploadRejectedException with the reason to show to the family
     */
    public UploadedFile document(String originalName, byte[] content) {
        FileKind kind = FileKind.check(content, ACCEPTED);
        return kind == FileKind.PDF
                ? PdfSanitiser.sanitise(originalName, content)
                : pipeline.sanitise(originalName, content, kind);
    }
}
