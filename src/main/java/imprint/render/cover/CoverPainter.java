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
 * Paints a typographic cover (title and authors on a plain background) for documents that
 * bring no cover image: the EPUB's PNG, the stores' JPEG and, in the same colours and
 * proportions, the front of the print cover. Uses the bundled fonts, so it looks the same
 * everywhere, drawn as glyph outlines ({@link OutlineFont}) rather than through AWT fonts, and
 * contains no timestamps, so identical inputs give identical bytes.
 *
 * <p>The design is laid out on a 1200-unit-wide grid scaled to the picture: the rules a sixth
 * from the top and the foot, the title from 23 % down, the names above the lower rule.
 */
public final class CoverPainter {
    /**
     * The EPUB's own cover: 1.6:1 like the stores' cover, and 1400 px wide, Apple Books'
     * minimum (the 1200 x 1800 it was fell short of it).
     */
    public static final int WIDTH = 1400;
    public static final int HEIGHT = 2240;
    /** The stores' e-book cover: KDP's ideal 1600 x 2560 (2560 px on the long side, IngramSpark's ask too). */
    public static final int STORE_WIDTH = 1600;
    public static final int STORE_HEIGHT = 2560;
    /** Colours of the design, as RGB, for the print cover drawn in vector. */
    public static final int BACKGROUND_RGB = 0x1F2A44;
    public static final int RULE_RGB = 0xC9A24D;
    public static final int INK_RGB = 0xF7F3E8;
    private static final Color BACKGROUND = new Color(BACKGROUND_RGB);
    private static final Color RULE = new Color(RULE_RGB);
    private static final Color INK = new Color(INK_RGB);
    /** The design's grid: the width everything is drawn at before scaling. */
    private static final double GRID = 1200;

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
        return PngEncoder.encodeIndexed(mask(WIDTH, HEIGHT, title, authors), WIDTH, HEIGHT, PALETTE);
    }

    /** The same design as an RGB picture of any size (for the stores' JPEG). */
    public static BufferedImage paintRgb(int width, int height, String title, List<String> authors) {
        byte[] m = mask(width, height, title, authors);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < m.length; i++) {
            rgb[i] = PALETTE[m[i] & 0xFF];
        }
        return img;
    }

    /** Where the two rules lie, as fractions of the height from the top (for the print cover). */
    public static double[] ruleFractions() {
        return new double[] {300 / 1800.0, 1494 / 1800.0};
    }

    /** The coverage mask with the rules burnt in as palette entry {@link #RULE_INDEX}. */
    private static byte[] mask(int width, int height, String title, List<String> authors) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        paintImage(mask, title, authors);
        byte[] pixels = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        double k = width / GRID;
        int margin = (int) Math.round(120 * k);
        int thick = Math.max(1, (int) Math.round(6 * k));
        for (double f : ruleFractions()) {
            int y = (int) Math.round(f * height);
            java.util.Arrays.fill(pixels, y * width + margin, y * width + width - margin, (byte) RULE_INDEX);
            for (int row = 1; row < thick; row++) {
                System.arraycopy(pixels, y * width, pixels, (y + row) * width, width);
            }
        }
        return pixels;
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
            int width = img.getWidth();
            int height = img.getHeight();
            float k = (float) (width / GRID);
            float size = k * (title.length() > 80 ? 64f : title.length() > 40 ? 80f : 100f);
            OutlineFont tf = Fonts.SERIF_BOLD;
            int textWidth = Math.round(width - 280 * k);
            List<String> lines = wrap(title, s -> tf.width(s, size), textWidth, 7);
            float lineHeight = size * 1.25f;
            float y = height * (420 / 1800f) + tf.ascent(size);
            for (String line : lines) {
                tf.draw(g, line, (width - tf.width(line, size)) / 2, y, size);
                y += lineHeight;
            }
            if (!authors.isEmpty()) {
                OutlineFont af = Fonts.SANS;
                float as = 52f * k;
                float step = 68f * k;
                List<String> names = wrap(String.join(", ", authors), s -> af.width(s, as), textWidth, 3);
                float ay = height - height * (420 / 1800f) - (names.size() - 1) * step;
                for (String n : names) {
                    af.draw(g, n, (width - af.width(n, as)) / 2, ay, as);
                    ay += step;
                }
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * Greedy word wrap; the last allowed line ends with an ellipsis when text is left over.
     * Shared by the raster covers and the print cover sheet, whose text is measured in a PDF font.
     */
    public static List<String> wrap(String text, ToDoubleFunction<String> widthOf, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
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
