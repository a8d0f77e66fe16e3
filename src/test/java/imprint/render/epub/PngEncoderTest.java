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
        BufferedImage img = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                // Mix flat runs and noise so both the Up filter's zero rows and wrap-around differences occur.
                img.setRGB(x, y, y % 3 == 0 ? 0x1F2A44 : r.nextInt(0x1000000));
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        assertArrayEquals(img.getRGB(0, 0, 37, 23, null, 0, 37), back.getRGB(0, 0, 37, 23, null, 0, 37));
    }

    @Test
    void sameImageSameBytes() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        assertArrayEquals(PngEncoder.encode(img), PngEncoder.encode(img));
    }

    @Test
    void refusesImagesWithAlpha() {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(img));
    }
}
