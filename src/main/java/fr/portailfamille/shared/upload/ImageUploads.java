package fr.portailfamille.shared.upload;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Child photos: JPEG or PNG (recognised by their bytes, whatever the name or declared type), at most
 * 5 Mo, 40 megapixels and 12,000 px a side, returned as a fresh JPEG of at most {@value #PHOTO_MAX_SIDE} px
 * on the longest side with no metadata (no EXIF/GPS, no comments). SVG, GIF, PDF, HTML... are refused,
 * including when named {@code .jpg}.
 */
@Component
public class ImageUploads {

    public static final int PHOTO_MAX_SIDE = 800;

    private static final Set<FileKind> ACCEPTED = EnumSet.of(FileKind.JPEG, FileKind.PNG);

    private final ImagePipeline pipeline = new ImagePipeline(PHOTO_MAX_SIDE);

    /**
     * @param originalName the name sent by the browser (only used to build a safe name), may be {@code null}
     * @param content      the uploaded bytes
     * @return the re-encoded photo, {@code image/jpeg}
     * @throws UploadRejectedException with the reason to show to the family
     */
    public UploadedFile photo(String originalName, byte[] content) {
        FileKind kind = FileKind.check(content, ACCEPTED);
        return pipeline.sanitise(originalName, content, kind);
    }
}
