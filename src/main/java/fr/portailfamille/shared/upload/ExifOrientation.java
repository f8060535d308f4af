package fr.portailfamille.shared.upload;

import java.awt.image.BufferedImage;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG with a small, bounds-checked parser and applies it,
 * since the re-encoded JPEG carries no EXIF any more. Anything unexpected means "no rotation".
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** Orientation 1..8 from the first APP1 "Exif" segment, 1 when absent or unreadable. */
    static int read(byte[] jpeg) {
        try {
            int pos = 2; // after SOI
            while (pos + 4 <= jpeg.length) {
                if ((jpeg[pos] & 0xFF) != 0xFF) {
                    return 1;
                }
                int marker = jpeg[pos + 1] & 0xFF;
                if (marker == 0xFF) { // fill byte
                    pos++;
                    continue;
                }
                if (marker == 0xDA || marker == 0xD9) { // start of scan / end of image: no more headers
                    return 1;
                }
                int length = u16(jpeg, pos + 2, false);
                if (length < 2) {
                    return 1;
                }
                int start = pos + 4;
                int end = Math.min(jpeg.length, pos + 2 + length);
                if (marker == 0xE1 && end - start > 6 && jpeg[start] == 'E' && jpeg[start + 1] == 'x'
                        && jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0
                        && jpeg[start + 5] == 0) {
                    return fromTiff(jpeg, start + 6, end);
                }
                pos = pos + 2 + length;
            }
        } catch (RuntimeException e) {
            // malformed: fall through
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = tiff + (int) ifd;
        int count = u16(b, entries, little);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int b0 = b[at] & 0xFF;
        int b1 = b[at + 1] & 0xFF;
        return little ? b0 | b1 << 8 : b0 << 8 | b1;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, at, little);
        long lo = u16(b, at + 2, little);
        return little ? lo << 16 | hi : hi << 16 | lo;
    }

    /** The image as it should be seen for EXIF orientation 1..8 (2, 4, 5, 7 are mirrored variants). */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int dw = swap ? h : w;
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; } // 8
                }
                dst[dy * dw + dx] = src[y * w + x];
            }
        }
        BufferedImage out = new BufferedImage(dw, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, dw, swap ? w : h, dst, 0, dw);
        return out;
    }
}
