package fr.portailfamille.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

class DocumentUploadsTest {

    private final DocumentUploads uploads = new DocumentUploads();

    private static void assertRejected(Runnable upload, UploadRejection reason) {
        assertThatThrownBy(upload::run)
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void valid_pdf_is_accepted_and_still_loadable() throws IOException {
        UploadedFile file = uploads.document("Attestation CAF 2025 (copie).PDF", TestFiles.pdf());

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.originalName()).isEqualTo("Attestation_CAF_2025_copie.pdf");
        assertThat(new String(file.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument reloaded = Loader.loadPDF(file.content())) {
            assertThat(reloaded.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void pdf_active_content_and_embedded_files_are_removed_links_kept() throws IOException {
        byte[] hostile;
        try (PDDocument document = new PDDocument()) {
            PDPage page = TestFiles.addTextPage(document, "Certificat d'absence");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript("app.alert('ouvert')"));

            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('init')")));
            PDComplexFileSpecification attachment = new PDComplexFileSpecification();
            attachment.setFile("facture.exe");
            attachment.setEmbeddedFile(new PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ not really".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("facture.exe", attachment));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setJavascript(scripts);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);

            COSDictionary pageActions = new COSDictionary();
            pageActions.setItem(COSName.O, new PDActionJavaScript("app.alert('page')"));
            page.getCOSObject().setItem(COSName.AA, pageActions);

            PDAnnotationLink launch = new PDAnnotationLink();
            launch.setRectangle(new PDRectangle(0, 0, 100, 100));
            PDActionLaunch launchAction = new PDActionLaunch();
            PDSimpleFileSpecification calc = new PDSimpleFileSpecification();
            calc.setFile("calc.exe");
            launchAction.setFile(calc);
            launch.setAction(launchAction);
            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(0, 100, 100, 100));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.example.fr/");
            web.setAction(uri);
            page.setAnnotations(List.of(launch, web));
            hostile = TestFiles.save(document);
        }

        UploadedFile file = uploads.document("certificat.pdf", hostile);

        try (PDDocument reloaded = Loader.loadPDF(file.content())) {
            assertThat(reloaded.getNumberOfPages()).isEqualTo(1);
            PDDocumentCatalog catalog = reloaded.getDocumentCatalog();
            assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null) {
                assertThat(names.getJavaScript()).isNull();
                assertThat(names.getEmbeddedFiles()).isNull();
            }
            PDPage page = reloaded.getPage(0);
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            List<PDAnnotation> annotations = page.getAnnotations();
            assertThat(annotations).hasSize(2);
            assertThat(((PDAnnotationLink) annotations.get(0)).getAction()).isNull();
            assertThat(((PDAnnotationLink) annotations.get(1)).getAction()).isInstanceOf(PDActionURI.class);

            List<String> leftovers = new ArrayList<>();
            walk(reloaded.getDocument().getTrailer(), dictionary -> {
                for (COSName key : List.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF,
                        COSName.AA, COSName.OPEN_ACTION)) {
                    if (dictionary.containsKey(key)) {
                        leftovers.add(key.getName());
                    }
                }
                COSName s = dictionary.getCOSName(COSName.S);
                if (s != null && (s.getName().equals("JavaScript") || s.getName().equals("Launch"))) {
                    leftovers.add(s.getName());
                }
            });
            assertThat(leftovers).isEmpty();
        }
    }

    private static void walk(COSBase root, java.util.function.Consumer<COSDictionary> visitor) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base instanceof COSObject reference) {
                base = reference.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                visitor.accept(dictionary);
                pending.addAll(dictionary.getValues());
            } else if (base instanceof COSArray array) {
                pending.addAll(array.toList());
            }
        }
    }

    @Test
    void pdf_with_html_script_in_its_head_is_a_polyglot_and_refused() throws IOException {
        byte[] pdf = TestFiles.pdf();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int afterHeader = text.indexOf('\n') + 1;
        byte[] polyglot = (text.substring(0, afterHeader) + "%<html><script>alert(1)</script></html>\n"
                + text.substring(afterHeader)).getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(() -> uploads.document("cerfa.pdf", polyglot), UploadRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void pdf_followed_by_a_zip_is_a_polyglot_and_refused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("index.html"));
            out.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        byte[] polyglot = TestFiles.concat(TestFiles.pdf(), zip.toByteArray());

        assertRejected(() -> uploads.document("cerfa.pdf", polyglot), UploadRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void gif_polyglot_and_svg_are_refused() {
        assertRejected(() -> uploads.document("a.pdf", "GIF89a<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)),
                UploadRejection.UNSUPPORTED_TYPE);
        assertRejected(() -> uploads.document("a.pdf",
                "<?xml version=\"1.0\"?><svg><script>alert(1)</script></svg>".getBytes(StandardCharsets.US_ASCII)),
                UploadRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void unreadable_pdf_is_corrupted() {
        assertRejected(() -> uploads.document("a.pdf", "%PDF-1.7\nthis is not a pdf at all".getBytes(StandardCharsets.US_ASCII)),
                UploadRejection.CORRUPTED);
        byte[] pdf = TestFiles.pdf();
        assertRejected(() -> uploads.document("a.pdf", java.util.Arrays.copyOf(pdf, 200)), UploadRejection.CORRUPTED);
    }

    @Test
    void password_protected_pdf_is_refused_as_unreadable() throws IOException {
        byte[] locked;
        try (PDDocument document = new PDDocument()) {
            TestFiles.addTextPage(document, "secret");
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            locked = TestFiles.save(document);
        }
        assertRejected(() -> uploads.document("a.pdf", locked), UploadRejection.CORRUPTED);
    }

    @Test
    void images_keep_up_to_2000_px_and_become_jpeg() {
        UploadedFile scan = uploads.document("scan.png", TestFiles.png(3000, 1200));

        assertThat(scan.contentType()).isEqualTo("image/jpeg");
        assertThat(scan.originalName()).isEqualTo("scan.jpg");
        BufferedImage image = TestFiles.decode(scan.content());
        assertThat(image.getWidth()).isEqualTo(DocumentUploads.IMAGE_MAX_SIDE);
        assertThat(image.getHeight()).isEqualTo(800);

        UploadedFile small = uploads.document("photo.jpg", TestFiles.jpeg(640, 480));
        assertThat(TestFiles.decode(small.content()).getWidth()).isEqualTo(640);
    }

    @Test
    void exif_gps_is_removed_from_document_images_too() {
        byte[] out = uploads.document("justif.jpg", TestFiles.withExif(TestFiles.jpeg(100, 100), 1)).content();
        assertThat(TestFiles.contains(out, "Exif")).isFalse();
        assertThat(TestFiles.contains(out, "GPS")).isFalse();
    }

    @Test
    void empty_and_oversized_are_refused() {
        assertRejected(() -> uploads.document("a.pdf", new byte[0]), UploadRejection.EMPTY);
        byte[] tooLarge = new byte[UploadedFile.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        assertRejected(() -> uploads.document("a.pdf", tooLarge), UploadRejection.TOO_LARGE);
    }
}
