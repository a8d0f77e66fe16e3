package imprint.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void imageIoReadsBackEveryPixel() throws Exception {
        int w = 37;
        int h = 23;
        int[] palette = new int[256];
        Random r = new Random(7);
        for (int i = 0; i < palette.length; i++) {
            palette[i] = r.nextInt(0x1000000);
        }
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Mix flat runs and noise so both the Up filter's zero rows and wrap-around differences occur.
                px[y * w + x] = (byte) (y % 3 == 0 ? 17 : r.nextInt(256));
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encodeIndexed(px, w, h, palette)));
        assertEquals(w, back.getWidth());
        assertEquals(h, back.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(palette[px[y * w + x] & 0xFF], back.getRGB(x, y) & 0xFFFFFF, x + "," + y);
            }
        }
    }

    @Test
    void sameImageSameBytes() {
        byte[] px = new byte[100];
        int[] palette = {0x1F2A44, 0xF7F3E8};
        assertArrayEquals(PngEncoder.encodeIndexed(px, 10, 10, palette), PngEncoder.encodeIndexed(px, 10, 10, palette));
    }

    @Test
    void refusesABadPalette() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encodeIndexed(new byte[4], 2, 2, new int[257]));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encodeIndexed(new byte[3], 2, 2, new int[2]));
    }
}
