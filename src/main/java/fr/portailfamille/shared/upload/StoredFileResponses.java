package fr.portailfamille.shared.upload;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves a stored upload back: its detected content type, a {@code Content-Disposition} with its name,
 * {@code X-Content-Type-Options: nosniff} and no caching outside the user's browser.
 */
public final class StoredFileResponses {

    private StoredFileResponses() {
    }

    /** A download ({@code attachment}). */
    public static ResponseEntity<byte[]> download(String contentType, String fileName, byte[] content) {
        return of(contentType, fileName, content, false);
    }

    /** Shown in the page ({@code inline}) when {@code inline}, a download otherwise. */
    public static ResponseEntity<byte[]> of(String contentType, String fileName, byte[] content, boolean inline) {
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
