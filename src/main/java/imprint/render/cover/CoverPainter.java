package imprint.render.cover;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Paints a typographic cover (title and authors on a plain background) as a PNG, for
 * documents that bring no cover image. Uses the bundled fonts, so it looks the same everywhere,
 * drawn as glyph outlines ({@link OutlineFont}) rather than through AWT fonts, and contains no
 * timestamps, so identical inputs give identical bytes.
 */
public final class CoverPainter {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 1800;
    private static final Color BACKGROUND = new Color(0x1F, 0x2A, 0x44);
    private static final Color RULE = new Color(0xC9, 0xA2, 0x4D);
    private static final Color INK = new Color(0xF7, 0xF3, 0xE8);

    private CoverPainter() {
    }

    /** Fonts parsed once per process. */
    private static final class Fonts {
        static final OutlineFont SERIF_BOLD = OutlineFont.load("/imprint/fonts/NotoSerif-Bold.ttf");
        static final OutlineFont SANS = OutlineFont.load("/imprint/fonts/NotoSans-Regular.ttf");
    }

    /** Starts Java2D and loads the fonts, drawing one small title; see {@link imprint.boot.Preload}. */
    public static void preload() {
        try {
            paintImage(new BufferedImage(64, 96, BufferedImage.TYPE_BYTE_GRAY), "Warm", List.of("Up"));
        } catch (RuntimeException | LinkageError e) {
            // The real cover reports any problem.
        }
    }

    /** The generated typographic cover as a PNG of {@link #WIDTH} by {@link #HEIGHT} pixels. */
    public static byte[] paint(String title, List<String> authors) throws IOException {
        BufferedImage mask = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        paintImage(mask, title, authors);
        byte[] pixels = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        for (int y : new int[] {300, HEIGHT - 306}) {
            java.util.Arrays.fill(pixels, y * WIDTH + 120, y * WIDTH + WIDTH - 120, (byte) RULE_INDEX);
            for (int row = 1; row < 6; row++) {
                System.arraycopy(pixels, y * WIDTH, pixels, (y + row) * WIDTH, WIDTH);
            }
        }
        return PngEncoder.encodeIndexed(pixels, WIDTH, HEIGHT, PALETTE);
    }

    /*
     * The cover has three colours and the anti-aliased edges of ink on background, so it is
     * painted as a coverage mask (ink drawn as grey level 254 on black, so its values are the
     * palette indexes as they stand) and stored as a palette image: entries 0..254 blend
     * background to ink, 255 is the rules' colour. A third of the bytes
     * of an RGB image to rasterize and compress, which made the cover the costliest step of a
     * batch before.
     */
    private static final int RULE_INDEX = 255;
    private static final int[] PALETTE = new int[256];
    /** Full ink in the mask: one below the rules' palette entry. */
    private static final Color MASK_INK = new Color(254, 254, 254);

    static {
        for (int i = 0; i < 255; i++) {
            PALETTE[i] = blend(BACKGROUND, INK, i / 254.0);
        }
        PALETTE[RULE_INDEX] = RULE.getRGB() & 0xFFFFFF;
    }

    private static int blend(Color a, Color b, double t) {
        int r = (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t);
        int g = (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t);
        int bl = (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t);
        return (r << 16) | (g << 8) | bl;
    }

    /** Draws the text as coverage on a black mask. */
    private static void paintImage(BufferedImage img, String title, List<String> authors) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(MASK_INK);
            float size = title.length() > 80 ? 64f : title.length() > 40 ? 80f : 100f;
            OutlineFont tf = Fonts.SERIF_BOLD;
            List<String> lines = wrap(title, s -> tf.width(s, size), WIDTH - 280, 7);
            int lineHeight = Math.round(size * 1.25f);
            float y = 420 + tf.ascent(size);
            for (String line : lines) {
                tf.draw(g, line, (WIDTH - tf.width(line, size)) / 2, y, size);
                y += lineHeight;
            }
            if (!authors.isEmpty()) {
                OutlineFont af = Fonts.SANS;
                float as = 52f;
                List<String> names = wrap(String.join(", ", authors), s -> af.width(s, as), WIDTH - 280, 3);
                int ay = HEIGHT - 420 - (names.size() - 1) * 68;
                for (String n : names) {
                    af.draw(g, n, (WIDTH - af.width(n, as)) / 2, ay, as);
                    ay += 68;
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** Greedy word wrap; the last allowed line ends with an ellipsis when text is left over. */
    private static List<String> wrap(String text, ToDoubleFunction<String> widthOf, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (widthOf.applyAsDouble(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
                if (lines.size() == maxLines - 1 && i < words.length - 1) {
                    line.append(" \u2026");
                    break;
                }
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
