package imprint.render.epub;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque RGB image as a PNG straight from its pixel array. ImageIO's PNG writer copied
 * the whole raster pixel by pixel and made the generated cover the most expensive part of a
 * batch; this encoder uses the "Up" filter (a plain cover's rows repeat, so they become zeros)
 * and the fastest deflate level. Output holds no timestamp, so it is deterministic.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + img.getType());
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
        try {
            byte[] row = new byte[1 + w * 3];
            byte[] buf = new byte[64 * 1024];
            row[0] = FILTER_UP;
            for (int y = 0; y < h; y++) {
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    int p = px[base + x];
                    int above = y == 0 ? 0 : px[base - w + x];
                    int o = 1 + x * 3;
                    row[o] = (byte) ((p >> 16) - (above >> 16));
                    row[o + 1] = (byte) ((p >> 8) - (above >> 8));
                    row[o + 2] = (byte) (p - above);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    idat.write(buf, 0, deflater.deflate(buf));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: truecolour
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", idat.toByteArray());
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
