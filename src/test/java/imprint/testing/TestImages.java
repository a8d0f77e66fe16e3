package imprint.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * PNG and JPEG files made byte by byte for tests: valid ones of any size (a huge one of one
 * colour compresses to little, which is also what a decompression bomb is), and damaged ones
 * as they are met in the wild (a truncated or corrupt data stream, a JPEG without its scan).
 */
public final class TestImages {
    private TestImages() {
    }

    /** An RGB PNG of {@code w × h} pixels, a gradient along each row, every row the same. */
    public static byte[] png(int w, int h) {
        byte[] row = new byte[1 + 3 * w];
        for (int x = 0; x < w; x++) {
            row[1 + 3 * x] = (byte) (x * 255 / Math.max(1, w - 1));
            row[2 + 3 * x] = (byte) 80;
            row[3 + 3 * x] = (byte) (255 - x * 255 / Math.max(1, w - 1));
        }
        Deflater d = new Deflater(1);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int y = 0; y < h; y++) {
            d.setInput(row);
            while (!d.needsInput()) {
                idat.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            idat.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return png(w, h, idat.toByteArray());
    }

    /** A PNG with the given header size around the given (compressed) image data. */
    public static byte[] png(int w, int h, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A PNG whose data stream stops halfway (chunk lengths and checksums still right). */
    public static byte[] truncatedPng(int w, int h) {
        byte[] idat = idat(png(w, h));
        return png(w, h, Arrays.copyOf(idat, idat.length / 2));
    }

    /** A PNG whose data stream has bytes flipped (checksums recomputed: the damage is in the data). */
    public static byte[] corruptPng(int w, int h) {
        byte[] idat = idat(png(w, h));
        for (int i = 2; i < Math.min(idat.length, 40); i++) {
            idat[i] ^= 0x55;
        }
        return png(w, h, idat);
    }

    /** A real JPEG (ImageIO's encoder) of {@code w × h} pixels. */
    public static byte[] jpeg(int w, int h) {
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bi.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(bi, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with its headers but without a scan: cut before the start-of-scan marker, then end-of-image. */
    public static byte[] jpegWithoutScan(int w, int h) {
        byte[] j = jpeg(w, h);
        for (int i = 2; i + 1 < j.length; i++) {
            if ((j[i] & 0xff) == 0xFF && (j[i + 1] & 0xff) == 0xDA) {
                byte[] cut = Arrays.copyOf(j, i + 2);
                cut[i + 1] = (byte) 0xD9;
                return cut;
            }
        }
        throw new IllegalStateException("no scan in the encoder's JPEG");
    }

    private static byte[] idat(byte[] png) {
        int pos = 8;
        while (pos < png.length) {
            int len = ByteBuffer.wrap(png, pos, 4).getInt();
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT")) {
                return Arrays.copyOfRange(png, pos + 8, pos + 8 + len);
            }
            pos += 12 + len;
        }
        throw new IllegalStateException("no IDAT");
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
