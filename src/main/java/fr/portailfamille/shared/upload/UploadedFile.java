package fr.portailfamille.shared.upload;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file uploaded by a family that passed the checks of {@link ImageUploads} or {@link DocumentUploads}
 * and was rewritten by them.
 *
 * @param originalName the name the family gave, made safe by {@link #safeFileName(String, String)} and
 *                     carrying the extension of the detected type (never a path, never the declared name as-is)
 * @param contentType  the type of {@code content} as detected from its bytes by this package, never the
 *                     type declared by the browser: {@code image/jpeg} or {@code application/pdf}
 * @param content      the sanitised bytes (re-encoded image or re-saved PDF); copied on the way in and out
 */
public record UploadedFile(String originalName, String contentType, byte[] content) {

    /** Largest accepted upload: 5 Mo (5 × 1024 × 1024 bytes). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Longest base name kept by {@link #safeFileName(String, String)}, extension not counted. */
    public static final int MAX_NAME_LENGTH = 60;

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    public UploadedFile {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the sanitised bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Size of the sanitised content in bytes. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UploadedFile other
                && originalName.equals(other.originalName)
                && contentType.equals(other.contentType)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(originalName, contentType, Arrays.hashCode(content));
    }

    /** Name, type and size only: the content never ends up in logs. */
    @Override
    public String toString() {
        return "UploadedFile[originalName=" + originalName + ", contentType=" + contentType
                + ", size=" + content.length + "]";
    }

    /**
     * A file name safe for disk, ZIP archives and {@code Content-Disposition} headers, built from the name
     * the family gave: any folder part and extension are dropped, accents are removed ("Élodie" → "Elodie"),
     * every run of characters other than ASCII letters, digits, {@code -} and {@code _} becomes one {@code _},
     * leading/trailing {@code _}/{@code -} are trimmed, the base is cut to {@value #MAX_NAME_LENGTH}
     * characters, and {@code extension} (that of the detected type) is appended. An empty result or a
     * Windows device name becomes {@code fichier...}.
     *
     * @param original  the name as sent by the browser; may be {@code null}
     * @param extension the extension of the detected type, with or without leading dot, e.g. {@code "jpg"}
     * @throws IllegalArgumentException if {@code extension} is not 1 to 8 ASCII letters/digits
     */
    public static String safeFileName(String original, String extension) {
        String ext = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        if (ext.startsWith(".")) {
            ext = ext.substring(1);
        }
        if (!EXTENSION.matcher(ext).matches()) {
            throw new IllegalArgumentException("invalid extension: " + extension);
        }
        String base = original == null ? "" : original;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = MARKS.matcher(Normalizer.normalize(base, Normalizer.Form.NFKD)).replaceAll("");
        base = NOT_ALLOWED.matcher(base).replaceAll("_");
        base = trim(base);
        if (base.length() > MAX_NAME_LENGTH) {
            base = trim(base.substring(0, MAX_NAME_LENGTH));
        }
        if (base.isEmpty()) {
            base = "fichier";
        } else if (WINDOWS_RESERVED.matcher(base).matches()) {
            base = "fichier_" + base;
        }
        return base + "." + ext;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '_' || s.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '_' || s.charAt(end - 1) == '-')) {
            end--;
        }
        return s.substring(start, end);
    }
}
