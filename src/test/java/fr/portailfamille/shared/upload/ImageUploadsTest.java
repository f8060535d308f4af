package fr.portailfamille.shared.upload;

import static fr.portailfamille.shared.upload.TestFiles.contains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ImageUploadsTest {

    private final ImageUploads uploads = new ImageUploads();

    private static void assertRejected(Runnable upload, UploadRejection reason) {
        assertThatThrownBy(upload::run)
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    @Test
    void small_jpeg_is_re_encoded_as_jpeg_with_a_safe_name() {
        UploadedFile photo = uploads.photo("Léa à la plage.jpeg", TestFiles.jpeg(120, 90));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.originalName()).isEqualTo("Lea_a_la_plage.jpg");
        assertThat(isJpeg(photo.content())).isTrue();
        BufferedImage image = TestFiles.decode(photo.content());
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(90);
    }

    @Test
    void large_png_is_resized_to_800_px_longest_side_keeping_proportions_and_becomes_jpeg() {
        UploadedFile photo = uploads.photo("grande.png", TestFiles.png(3000, 1500));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.originalName()).isEqualTo("grande.jpg");
        assertThat(isJpeg(photo.content())).isTrue();
        BufferedImage image = TestFiles.decode(photo.content());
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(ImageUploads.PHOTO_MAX_SIDE);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(new Color(image.getRGB(100, 200)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.getRGB(700, 200)).getBlue()).isGreaterThan(200);
    }

    @Test
    void transparent_png_is_flattened_on_white() {
        UploadedFile photo = uploads.photo("t.png", TestFiles.encode(
                new BufferedImage(50, 50, BufferedImage.TYPE_INT_ARGB), "png"));
        Color corner = new Color(TestFiles.decode(photo.content()).getRGB(25, 25));
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isGreaterThan(3 * 245);
    }

    @Test
    void exif_with_gps_is_removed() {
        byte[] withGps = TestFiles.withExif(TestFiles.jpeg(200, 100), 1);
        assertThat(contains(withGps, "Exif")).isTrue();
        assertThat(contains(withGps, "GPS")).isTrue();

        byte[] out = uploads.photo("gps.jpg", withGps).content();

        assertThat(isJpeg(out)).isTrue();
        assertThat(contains(out, new byte[] {(byte) 0xFF, (byte) 0xE1})).as("APP1 marker").isFalse();
        assertThat(contains(out, "Exif")).isFalse();
        assertThat(contains(out, "GPS")).isFalse();
        assertThat(contains(out, "48.8566")).isFalse();
    }

    @Test
    void exif_orientation_is_applied_before_being_dropped() {
        // orientation 6: stored sideways, to be shown rotated 90° clockwise; red left half goes on top
        byte[] sideways = TestFiles.withExif(TestFiles.jpeg(400, 200), 6);

        BufferedImage image = TestFiles.decode(uploads.photo("p.jpg", sideways).content());

        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(new Color(image.getRGB(100, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.getRGB(100, 350)).getBlue()).isGreaterThan(200);
    }

    @Test
    void png_claiming_30000_by_30000_is_refused_quickly_without_decoding() {
        byte[] bomb = TestFiles.pngHeaderOnly(30_000, 30_000);
        assertThat(bomb.length).isLessThan(100);

        long start = System.nanoTime();
        assertRejected(() -> uploads.photo("bomb.png", bomb), UploadRejection.TOO_MANY_PIXELS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(1_000);
    }

    @Test
    void too_many_pixels_or_too_long_a_side_is_refused() {
        assertRejected(() -> uploads.photo("a.png", TestFiles.pngHeaderOnly(8_000, 6_000)),
                UploadRejection.TOO_MANY_PIXELS); // 48 Mpx
        assertRejected(() -> uploads.photo("b.png", TestFiles.pngHeaderOnly(12_001, 10)),
                UploadRejection.TOO_MANY_PIXELS);
    }

    @Test
    void truncated_jpeg_is_corrupted() {
        byte[] jpeg = TestFiles.encode(TestFiles.noise(300, 300), "jpeg");
        assertRejected(() -> uploads.photo("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 6 / 10)),
                UploadRejection.CORRUPTED);
        assertRejected(() -> uploads.photo("cut.jpg", Arrays.copyOf(jpeg, 40)), UploadRejection.CORRUPTED);
    }

    @Test
    void png_header_with_garbage_data_is_corrupted() {
        assertRejected(() -> uploads.photo("g.png", TestFiles.pngHeaderOnly(100, 100)), UploadRejection.CORRUPTED);
    }

    @Test
    void svg_with_script_is_refused_even_named_jpg() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script>alert(document.cookie)</script>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
        assertRejected(() -> uploads.photo("photo.svg", svg), UploadRejection.UNSUPPORTED_TYPE);
        assertRejected(() -> uploads.photo("photo.jpg", svg), UploadRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void disguised_files_named_jpg_are_refused() {
        assertRejected(() -> uploads.photo("photo.jpg", TestFiles.pdf()), UploadRejection.UNSUPPORTED_TYPE);
        assertRejected(() -> uploads.photo("photo.jpg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)),
                UploadRejection.UNSUPPORTED_TYPE);
        byte[] gifPolyglot = "GIF89a/*<script>alert(1)</script>*/".getBytes(StandardCharsets.US_ASCII);
        assertRejected(() -> uploads.photo("photo.jpg", gifPolyglot), UploadRejection.UNSUPPORTED_TYPE);
        assertRejected(() -> uploads.photo("photo.gif", TestFiles.encode(TestFiles.noise(10, 10), "gif")),
                UploadRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void empty_and_oversized_are_refused() {
        assertRejected(() -> uploads.photo("a.jpg", new byte[0]), UploadRejection.EMPTY);
        assertRejected(() -> uploads.photo("a.jpg", null), UploadRejection.EMPTY);

        byte[] tooLarge = new byte[UploadedFile.MAX_BYTES + 1];
        System.arraycopy(TestFiles.jpeg(10, 10), 0, tooLarge, 0, 3);
        assertRejected(() -> uploads.photo("a.jpg", tooLarge), UploadRejection.TOO_LARGE);

        byte[] exactlyMax = Arrays.copyOf(tooLarge, UploadedFile.MAX_BYTES);
        assertRejected(() -> uploads.photo("a.jpg", exactlyMax), UploadRejection.CORRUPTED); // size accepted
    }
}
