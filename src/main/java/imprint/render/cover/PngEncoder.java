package imprint.render.cover;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes a palette image as a PNG straight from its index array. ImageIO's PNG writer copied
 * the whole raster pixel by pixel and made the generated cover the most expensive part of a
 * batch; this encoder uses the "Up" filter (a plain cover's rows repeat, so they become zeros)
 * and the fastest deflate level. Output holds no timestamp, so it is deterministic.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /**
     * Encodes a palette image: one byte per pixel, an index into {@code palette} (0xRRGGBB
     * values, at most 256).
     */
    static byte[] encodeIndexed(byte[] pixels, int w, int h, int[] palette) {
        if (palette.length == 0 || palette.length > 256 || pixels.length != w * h) {
            throw new IllegalArgumentException("bad palette image: " + w + "x" + h + ", " + palette.length + " colours");
        }
        byte[] filtered = new byte[h * (1 + w)];
        boolean[] repeated = new boolean[h];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            int at = y * (1 + w);
            filtered[at] = FILTER_UP;
            if (y == 0) {
                System.arraycopy(pixels, 0, filtered, 1, w);
            } else if (java.util.Arrays.equals(pixels, base, base + w, pixels, base - w, base)) {
                repeated[y] = true; // filtered: the filter byte and zeros
            } else {
                for (int x = 0; x < w; x++) {
                    filtered[at + 1 + x] = (byte) (pixels[base + x] - pixels[base - w + x]);
                }
            }
        }
        byte[] same = new byte[1 + w];
        same[0] = FILTER_UP;
        byte[] idat = RowDeflater.compress(filtered, 1 + w, repeated, same);
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[i * 3] = (byte) (palette[i] >> 16);
            plte[i * 3 + 1] = (byte) (palette[i] >> 8);
            plte[i * 3 + 2] = (byte) palette[i];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + plte.length + 64);
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 3; // colour type: palette
        chunk(out, "IHDR", ihdr);
        chunk(out, "PLTE", plte);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        putInt(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
