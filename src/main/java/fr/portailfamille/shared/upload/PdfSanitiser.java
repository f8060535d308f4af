package fr.portailfamille.shared.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks and rewrites an uploaded PDF with Apache PDFBox (3.x, brought by openhtmltopdf).
 *
 * <p>Before parsing, cheap polyglot checks refuse as UNSUPPORTED_TYPE a file that a browser or unzip
 * could also take for something else: HTML/SVG markup ({@code <script}, {@code <html}, {@code <!doctype},
 * {@code <body}, {@code <svg}, {@code <iframe}) in the first 1 KB, or a ZIP end-of-central-directory
 * record ({@code PK\5\6}) in the last 64 KB + 22 bytes, where every ZIP reader looks for it. (A random
 * match inside compressed PDF data is possible but about one in 100,000.)
 *
 * <p>The file must then load with PDFBox (else CORRUPTED; password-protected PDFs too) and have a page.
 * Every object reachable from the trailer is visited (iteratively, each once) and:
 * <ul>
 * <li>{@code /OpenAction}, {@code /AA} (additional actions: page open/close, field keystroke...),
 *     {@code /JS}, the {@code /JavaScript} and {@code /EmbeddedFiles} name trees, {@code /EF}
 *     (embedded file streams of file specifications) and {@code /XFA} (XML forms, may script) are removed;</li>
 * <li>{@code /A} actions other than GoTo, URI, Named, Thread... i.e. of a {@link #BLOCKED_ACTIONS blocked
 *     type} (JavaScript, Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition...) are removed, and any
 *     action dictionary of a blocked type reached otherwise (e.g. via {@code /Next}) is emptied;</li>
 * <li>FileAttachment, Sound, Movie, Screen, RichMedia and 3D annotations are dropped from {@code /Annots}.</li>
 * </ul>
 * The document is then saved in full (not incrementally, so earlier revisions and any trailing bytes
 * after {@code %%EOF} are gone) with encryption removed. Page contents, fonts and images are copied as is.
 */
final class PdfSanitiser {

    static final Set<String> BLOCKED_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "ResetForm", "GoToR", "GoToE", "GoTo3DView", "Rendition", "RichMediaExecute", "Movie", "Sound",
            "Hide", "ECMAScript");

    private static final Set<String> BLOCKED_ANNOTATIONS =
            Set.of("FileAttachment", "Sound", "Movie", "Screen", "RichMedia", "3D");

    private static final List<COSName> REMOVED_KEYS = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.JS,
            COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"));

    private static final List<String> MARKUP =
            List.of("<script", "<html", "<!doctype", "<body", "<svg", "<iframe");

    private static final int HEAD = 1024;
    private static final int ZIP_TAIL = 65_535 + 22;
    private static final long STREAM_CACHE_BYTES = 64L * 1024 * 1024;

    private PdfSanitiser() {
    }

    static UploadedFile sanitise(String originalName, byte[] content) {
        refusePolyglot(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE_BYTES).streamCache)) {
            if (document.getNumberOfPages() < 1) {
                throw new UploadRejectedException(UploadRejection.CORRUPTED, "PDF without pages");
            }
            strip(document.getDocument().getTrailer());
            document.setAllSecurityToBeRemoved(true);
            document.save(out);
        } catch (UploadRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UploadRejectedException(UploadRejection.CORRUPTED, "unreadable PDF", e);
        }
        return new UploadedFile(UploadedFile.safeFileName(originalName, FileKind.PDF.extension),
                FileKind.PDF.contentType, out.toByteArray());
    }

    /** HTML/SVG markup in the first KB, or a ZIP directory at the end: UNSUPPORTED_TYPE. */
    static void refusePolyglot(byte[] content) {
        String head = new String(content, 0, Math.min(HEAD, content.length), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String markup : MARKUP) {
            if (head.contains(markup)) {
                throw new UploadRejectedException(UploadRejection.UNSUPPORTED_TYPE, "PDF/HTML polyglot: " + markup);
            }
        }
        for (int i = content.length - 4; i >= Math.max(0, content.length - ZIP_TAIL); i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                throw new UploadRejectedException(UploadRejection.UNSUPPORTED_TYPE, "PDF/ZIP polyglot");
            }
        }
    }

    /** Visits every object reachable from {@code root} once, without recursion (deep outlines are fine). */
    private static void strip(COSBase root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base instanceof COSObject reference) {
                base = reference.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                clean(dictionary);
                pending.addAll(new ArrayList<>(dictionary.getValues()));
            } else if (base instanceof COSArray array) {
                pending.addAll(array.toList());
            }
        }
    }

    private static void clean(COSDictionary dictionary) {
        if (isBlockedAction(dictionary)) {
            dictionary.clear();
            return;
        }
        for (COSName key : REMOVED_KEYS) {
            dictionary.removeItem(key);
        }
        if (dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action && isBlockedAction(action)) {
            dictionary.removeItem(COSName.A);
        }
        if (dictionary.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
            for (int i = annotations.size() - 1; i >= 0; i--) {
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && annotation.getCOSName(COSName.SUBTYPE) != null
                        && BLOCKED_ANNOTATIONS.contains(annotation.getCOSName(COSName.SUBTYPE).getName())) {
                    annotations.remove(i);
                }
            }
        }
    }

    private static boolean isBlockedAction(COSDictionary dictionary) {
        COSName type = dictionary.getCOSName(COSName.TYPE);
        COSName subtype = dictionary.getCOSName(COSName.S);
        return subtype != null && (type == null || COSName.getPDFName("Action").equals(type))
                && BLOCKED_ACTIONS.contains(subtype.getName());
    }
}
