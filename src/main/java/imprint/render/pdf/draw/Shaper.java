package imprint.render.pdf.draw;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenType shaping (GSUB and GPOS: Arabic joining, Indic reordering and conjuncts, mark
 * positioning) by the JDK's own HarfBuzz, reached through {@link Font#layoutGlyphVector} on the
 * very font file PDFBox embeds, so the glyph ids it returns are the ones drawn. Runs headless.
 * The font is sized to its units per em, so positions come back in font units.
 */
final class Shaper {
    /** Shaped text: glyphs in visual order (left to right), pen positions in font units. */
    record Shaped(int[] glyphs, float[] x, float[] y, float advance, int[] clusters) {
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final int CACHE_LIMIT = 20_000;

    private final Font font;
    private final Map<String, Shaped> cache = new LinkedHashMap<>();

    Shaper(byte[] fontFile, int unitsPerEm) {
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontFile)).deriveFont((float) unitsPerEm);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font cannot be shaped: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether text needs a shaping engine: anything past the scripts whose glyphs map one to
     * one from characters (Latin, Greek, Cyrillic, CJK ideographs and kana, Hangul syllables).
     */
    static boolean needsShaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && (c < 0x1E00 || (c >= 0x200C && c <= 0x200F) || (c >= 0xA800 && c < 0xAC00)
                    || (c >= 0xFB1D && c <= 0xFEFF) || Character.isSurrogate(c))) {
                return true;
            }
            if (c >= 0x0300 && c <= 0x036F) {
                return true;
            }
        }
        return false;
    }

    /** Shapes a run of one direction. */
    synchronized Shaped shape(String text, boolean rtl) {
        String key = (rtl ? "R" : "L") + text;
        Shaped s = cache.get(key);
        if (s == null) {
            s = layout(text, rtl);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, s);
        }
        return s;
    }

    private Shaped layout(String text, boolean rtl) {
        char[] chars = text.toCharArray();
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, 0, chars.length,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] codes = gv.getGlyphCodes(0, n, null);
        float[] pos = gv.getGlyphPositions(0, n + 1, null);
        int[] clusters = gv.getGlyphCharIndices(0, n, null);
        float[] x = new float[n];
        float[] y = new float[n];
        int kept = 0;
        int[] glyphs = new int[n];
        int[] cl = new int[n];
        for (int i = 0; i < n; i++) {
            if (codes[i] == 0xFFFF || codes[i] == 0xFFFE) {
                continue; // the JDK's invisible-glyph markers (joiners), nothing to draw
            }
            glyphs[kept] = codes[i];
            x[kept] = pos[2 * i];
            y[kept] = pos[2 * i + 1];
            cl[kept] = clusters[i];
            kept++;
        }
        return new Shaped(java.util.Arrays.copyOf(glyphs, kept), java.util.Arrays.copyOf(x, kept),
                java.util.Arrays.copyOf(y, kept), pos[2 * n], java.util.Arrays.copyOf(cl, kept));
    }
}
