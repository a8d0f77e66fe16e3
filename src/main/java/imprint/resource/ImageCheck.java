package imprint.resource;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that an image can be used before any format relies on it: its decoded area, read from
 * the header, is within the limit (a decompression bomb is refused before a byte is inflated),
 * and its data decodes to the end (a truncated or corrupt PNG stream, a JPEG with no scan). The
 * decode is subsampled to about a megapixel, so checking a 50-megapixel photo inflates all of
 * its data but holds only a small raster: the cost is linear in the file's data and the memory
 * is bounded.
 */
final class ImageCheck {
    /** The checking decode keeps at most about this many pixels. */
    private static final long CHECK_PIXELS = 1L << 20;

    private ImageCheck() {
    }

    /** Why the image cannot be used, or empty when it can. */
    static Optional<String> problem(byte[] bytes, ImageInfo.Info info) {
        try {
            if (info.mediaType().equals("image/jpeg") && !hasScan(bytes)) {
                return Optional.of("has no image data (a JPEG without a scan)");
            }
            decode(bytes, info.width(), info.height(), CHECK_PIXELS, info.mediaType().equals("image/jpeg"));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage();
            Throwable c = e.getCause();
            if (c != null && c.getMessage() != null) {
                m = (m == null ? "" : m + ": ") + c.getMessage();
            }
            return Optional.of("cannot be decoded (" + (m == null || m.isBlank() ? e.getClass().getSimpleName()
                    : m.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) + ")");
        }
    }

    /** The integer subsampling step that brings {@code w × h} to at most {@code maxPixels}. */
    static int step(long w, long h, long maxPixels) {
        int s = 1;
        while ((w + s - 1) / s * ((h + s - 1) / s) > maxPixels) {
            s++;
        }
        return s;
    }

    /**
     * Decodes with subsampling to at most about {@code maxPixels}; a raster only (no colour
     * conversion) when {@code rasterOnly}, which also reads the CMYK JPEGs ImageIO cannot turn
     * into RGB. Throws when the data is damaged.
     */
    static Object decode(byte[] bytes, long w, long h, long maxPixels, boolean rasterOnly) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no decoder for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam p = reader.getDefaultReadParam();
                int s = step(w, h, maxPixels);
                p.setSourceSubsampling(s, s, 0, 0);
                if (rasterOnly && reader.canReadRaster()) {
                    Raster r = reader.readRaster(0, p);
                    return r;
                }
                BufferedImage bi = reader.read(0, p);
                if (bi == null) {
                    throw new IOException("no image data");
                }
                return bi;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Whether a JPEG has a start-of-scan marker after its frame header. */
    private static boolean hasScan(byte[] b) {
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xff) != 0xFF) {
                return false;
            }
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xDA) {
                return true;
            }
            if (marker == 0xD9) {
                return false;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                pos += 2;
                continue;
            }
            int len = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            if (len < 2) {
                return false;
            }
            pos += 2 + len;
        }
        return false;
    }
}
