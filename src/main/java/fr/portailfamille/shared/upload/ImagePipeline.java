package fr.portailfamille.shared.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The one image pipeline shared by photos and documents; only the longest output side differs.
 *
 * <ol>
 * <li>reads width and height from the header with the reader of the <em>detected</em> type
 *     (no pixel decoded) and refuses more than {@value #MAX_PIXELS} pixels or a side over
 *     {@value #MAX_SIDE} px: a PNG claiming 30,000 × 30,000 costs a few bytes of reading;</li>
 * <li>decodes, with source subsampling when the image is much larger than needed so that at most
 *     {@value #DECODE_BUDGET_PIXELS} pixels are ever held in memory; a decoder error <em>or warning</em>
 *     (e.g. "premature end of JPEG file", which the JDK only reports as a warning) is CORRUPTED;</li>
 * <li>flattens to RGB on white (transparency) and scales down by successive halvings (bilinear) and a
 *     final bicubic step, keeping proportions;</li>
 * <li>applies the JPEG EXIF orientation (phones store portraits rotated), read by a small bounded parser;</li>
 * <li>encodes a fresh JPEG (quality {@value #JPEG_QUALITY}) with no metadata: EXIF, GPS, XMP, ICC,
 *     comments, PNG text chunks and any trailing data (appended ZIP/HTML) are all gone.</li>
 * </ol>
 * JDK limitation: CMYK/YCCK JPEGs cannot be decoded by ImageIO and are refused as CORRUPTED.
 */
final class ImagePipeline {

    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;
    static final long DECODE_BUDGET_PIXELS = 16_000_000L;
    static final float JPEG_QUALITY = 0.85f;

    private final int maxOutputSide;

    ImagePipeline(int maxOutputSide) {
        if (maxOutputSide < 1) {
            throw new IllegalArgumentException("maxOutputSide");
        }
        this.maxOutputSide = maxOutputSide;
    }

    int maxOutputSide() {
        return maxOutputSide;
    }

    /** Re-encodes a JPEG or PNG already checked by {@link FileKind#check}. */
    UploadedFile sanitise(String originalName, byte[] content, FileKind kind) {
        if (kind != FileKind.JPEG && kind != FileKind.PNG) {
            throw new IllegalArgumentException("not an image: " + kind);
        }
        BufferedImage decoded;
        int width;
        int height;
        ImageReader reader = readerFor(kind);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw new UploadRejectedException(UploadRejection.CORRUPTED, "unreadable " + kind + " header", e);
            }
            checkDimensions(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            try {
                decoded = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw new UploadRejectedException(UploadRejection.CORRUPTED, "undecodable " + kind, e);
            }
        } catch (IOException e) {
            throw new UploadRejectedException(UploadRejection.CORRUPTED, "unreadable " + kind, e);
        } finally {
            reader.dispose();
        }
        if (decoded == null || !warnings.isEmpty()) {
            throw new UploadRejectedException(UploadRejection.CORRUPTED, "damaged " + kind + ": " + warnings);
        }

        double scale = Math.min(1.0, (double) maxOutputSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage rgb = scaleToRgb(decoded, targetWidth, targetHeight);
        if (kind == FileKind.JPEG) {
            rgb = ExifOrientation.apply(rgb, ExifOrientation.read(content));
        }
        return new UploadedFile(UploadedFile.safeFileName(originalName, FileKind.JPEG.extension),
                FileKind.JPEG.contentType, encodeJpeg(rgb));
    }

    private static void checkDimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new UploadRejectedException(UploadRejection.CORRUPTED, "dimensions " + width + "x" + height);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new UploadRejectedException(UploadRejection.TOO_MANY_PIXELS, width + "x" + height);
        }
    }

    /**
     * Subsampling step: the largest that still decodes at least twice the output size (for quality),
     * larger if needed so that the decoded image never exceeds {@link #DECODE_BUDGET_PIXELS}.
     */
    private int subsampling(int width, int height) {
        int forQuality = Math.max(1, Math.max(width, height) / (2 * maxOutputSide));
        int forMemory = (int) Math.ceil(Math.sqrt((double) width * height / DECODE_BUDGET_PIXELS));
        return Math.max(1, Math.max(forQuality, forMemory));
    }

    private static ImageReader readerFor(FileKind kind) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind == FileKind.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + kind);
        }
        return readers.next();
    }

    /** Flattens on white into RGB, halving with bilinear while possible, then one bicubic step. */
    private static BufferedImage scaleToRgb(BufferedImage source, int targetWidth, int targetHeight) {
        BufferedImage current = source;
        boolean first = true;
        while (first || current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            int w = current.getWidth() / 2;
            int h = current.getHeight() / 2;
            boolean halve = w >= targetWidth && h >= targetHeight;
            if (!halve) {
                w = targetWidth;
                h = targetHeight;
            }
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, halve
                        ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
            first = false;
        }
        return current;
    }

    private static byte[] encodeJpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
