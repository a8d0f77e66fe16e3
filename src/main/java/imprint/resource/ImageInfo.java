package imprint.resource;

import java.util.Optional;

/**
 * Reads the size and resolution of PNG and JPEG files from their headers, without loading
 * an image library (which would slow down start-up for documents without images).
 */
final class ImageInfo {
    private ImageInfo() {
    }

    record Info(String mediaType, int width, int height, int dpi) {
    }

    static Optional<Info> probe(byte[] b) {
        if (b.length > 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return png(b);
        }
        if (b.length > 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return jpeg(b);
        }
        return Optional.empty();
    }

    private static Optional<Info> png(byte[] b) {
        if (!(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) {
            return Optional.empty();
        }
        int w = int32(b, 16);
        int h = int32(b, 20);
        int dpi = 0;
        int pos = 8;
        while (pos + 12 <= b.length) {
            int len = int32(b, pos);
            if (len < 0 || pos + 12L + len > b.length) {
                break;
            }
            String type = new String(b, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("pHYs") && len >= 9 && b[pos + 16] == 1) {
                dpi = Math.round(int32(b, pos + 8) * 0.0254f);
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                break;
            }
            pos += 12 + len;
        }
        return valid(w, h) ? Optional.of(new Info("image/png", w, h, dpi)) : Optional.empty();
    }

    private static Optional<Info> jpeg(byte[] b) {
        int pos = 2;
        int dpi = 0;
        while (pos + 9 < b.length) {
            if ((b[pos] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[pos + 1] & 0xff;
            int len = int16(b, pos + 2);
            if (marker == 0xE0 && pos + 16 < b.length && b[pos + 4] == 'J' && b[pos + 5] == 'F') {
                int units = b[pos + 11];
                int xd = int16(b, pos + 12);
                dpi = units == 1 ? xd : units == 2 ? Math.round(xd * 2.54f) : 0;
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                int h = int16(b, pos + 5);
                int w = int16(b, pos + 7);
                return valid(w, h) ? Optional.of(new Info("image/jpeg", w, h, dpi)) : Optional.empty();
            }
            if (len < 2) {
                return Optional.empty();
            }
            pos += 2 + len;
        }
        return Optional.empty();
    }

    private static boolean valid(int w, int h) {
        return w > 0 && h > 0; // the area is checked against the limit by the resolver
    }

    private static int int32(byte[] b, int i) {
        return ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static int int16(byte[] b, int i) {
        return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
    }
}
