package imprint.render.cover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void runsOfRepeatedRowsOfEveryLengthDecodeExactly() throws Exception {
        // Runs of 1 to 40 identical rows, so every combination of the precompressed
        // power-of-two blocks is joined with rows that go through the compressor.
        int w = 53;
        int[] palette = {0x1F2A44, 0xF7F3E8, 0xC9A24D};
        java.util.List<byte[]> rows = new java.util.ArrayList<>();
        Random r = new Random(11);
        for (int run = 1; run <= 40; run++) {
            byte[] row = new byte[w];
            for (int x = 0; x < w; x++) {
                row[x] = (byte) r.nextInt(palette.length);
            }
            for (int i = 0; i < run; i++) {
                rows.add(row);
            }
        }
        int h = rows.size();
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(rows.get(y), 0, px, y * w, w);
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encodeIndexed(px, w, h, palette)));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(palette[px[y * w + x]], back.getRGB(x, y) & 0xFFFFFF, x + "," + y);
            }
        }
    }

    @Test
    void aRunLongerThanTheLargestPrecompressedBlockDecodes() throws Exception {
        int w = 3;
        int h = 40_000; // one run of 39,999 repeated rows after the first
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            px[y * w + 1] = 1;
        }
        px[(h - 1) * w + 2] = 1; // and a last row that differs
        int[] palette = {0x000000, 0xFFFFFF};
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encodeIndexed(px, w, h, palette)));
        assertEquals(h, back.getHeight());
        assertEquals(0xFFFFFF, back.getRGB(1, h / 2) & 0xFFFFFF);
        assertEquals(0x000000, back.getRGB(2, h - 2) & 0xFFFFFF);
        assertEquals(0xFFFFFF, back.getRGB(2, h - 1) & 0xFFFFFF);
    }

    @Test
    void theGeneratedCoverDecodesToItsColours() throws Exception {
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(CoverPainter.paint("A Title", java.util.List.of("An Author"))));
        assertEquals(CoverPainter.WIDTH, cover.getWidth());
        assertEquals(CoverPainter.HEIGHT, cover.getHeight());
        assertEquals(0x1F2A44, cover.getRGB(10, 10) & 0xFFFFFF, "background");
        assertEquals(0xC9A24D, cover.getRGB(CoverPainter.WIDTH / 2,
                (int) Math.round(CoverPainter.ruleFractions()[0] * CoverPainter.HEIGHT) + 2) & 0xFFFFFF, "rule");
        long ink = 0;
        for (int y = CoverPainter.HEIGHT * 400 / 1800; y < CoverPainter.HEIGHT * 700 / 1800; y++) {
            for (int x = 0; x < CoverPainter.WIDTH; x++) {
                if ((cover.getRGB(x, y) & 0xFFFFFF) == 0xF7F3E8) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 5_000, "the title is drawn in full ink: " + ink + " pixels");
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
