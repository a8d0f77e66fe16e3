package imprint.render.pdf.draw;

import imprint.render.pdf.layout.FontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Measures text with a TrueType font's own cmap and advance widths, exactly as the embedded
 * Type 0 font will draw it. Not thread-safe (one instance per thread, see {@link BundledFonts}).
 */
final class TtfMetrics implements FontMetrics {
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final double ascent;
    private final double descent;
    /** Widths at size 1 of strings already measured; words recur, so line breaking mostly hits. */
    private static final int WIDTH_CACHE_LIMIT = 50_000;

    private final Map<Integer, Integer> advance = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final GposKerning kerning;
    private final GsubLigatures ligatures;

    /** The shaping engine over the same font file, made on first need (complex scripts only). */
    private final java.util.function.Supplier<Shaper> shaperSource;
    private Shaper shaper;

    TtfMetrics(TrueTypeFont ttf) throws IOException {
        this(ttf, null);
    }

    TtfMetrics(TrueTypeFont ttf, java.util.function.Supplier<Shaper> shaper) throws IOException {
        this(ttf, shaper, false);
    }

    /**
     * @param ligate whether Latin text in this font is set with its standard ligatures (the text
     *               faces; code keeps one glyph per character)
     */
    TtfMetrics(TrueTypeFont ttf, java.util.function.Supplier<Shaper> shaper, boolean ligate) throws IOException {
        this.ttf = ttf;
        this.shaperSource = shaper;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        this.ascent = ttf.getHorizontalHeader().getAscender() / unitsPerEm;
        this.descent = -ttf.getHorizontalHeader().getDescender() / unitsPerEm;
        org.apache.fontbox.ttf.TTFTable gpos = ttf.getTableMap().get("GPOS");
        this.kerning = gpos == null ? GposKerning.NONE : new GposKerning(ttf.getTableBytes(gpos));
        // The GSUB table is hidden from fontbox under the tag "gsux" (see BundledFonts.withoutGsub).
        org.apache.fontbox.ttf.TTFTable gsub = ligate ? ttf.getTableMap().get("gsux") : null;
        this.ligatures = gsub == null ? GsubLigatures.NONE : GsubLigatures.read(ttf.getTableBytes(gsub), cmap::getGlyphId);
    }

    /** The font's standard ligatures that text is set with ({@link GsubLigatures#NONE} when none). */
    GsubLigatures ligatures() {
        return ligatures;
    }

    /** Kerning between two characters in thousandths of an em (negative: closer). */
    double kern(int leftCodePoint, int rightCodePoint) {
        int k = kerning.kern(cmap.getGlyphId(leftCodePoint), cmap.getGlyphId(rightCodePoint));
        return k == 0 ? 0 : k * 1000.0 / unitsPerEm;
    }

    TrueTypeFont font() {
        return ttf;
    }

    float unitsPerEm() {
        return unitsPerEm;
    }

    /** The shaper for this font, or null when it has none (then text is drawn character by character). */
    Shaper shaper() {
        if (shaper == null && shaperSource != null) {
            shaper = shaperSource.get();
        }
        return shaper;
    }

    /** Whether this text is drawn shaped (complex script and a shaper for the font). */
    boolean shaped(String text) {
        return shaperSource != null && Shaper.needsShaping(text);
    }

    /** The glyph of a character (0 when the font has none). */
    int gid(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    /** Advance width of a glyph in font units. */
    int glyphAdvance(int gid) {
        return advance(gid);
    }

    @Override
    public double width(String text, double size) {
        Double unit = widths.get(text);
        if (unit == null) {
            unit = unitWidth(text);
            if (widths.size() >= WIDTH_CACHE_LIMIT) {
                widths.clear();
            }
            widths.put(text, unit);
        }
        return unit * size;
    }

    private double unitWidth(String text) {
        if (shaped(text)) {
            // What the shaper draws: joined forms and conjuncts have their own advances.
            return shaper().shape(text, Bidirectional.hasRtl(text)).advance() / unitsPerEm;
        }
        double units = 0;
        double kern = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // A ligature's advance replaces its letters'; kerning is with its first and last letters.
            java.util.Map.Entry<String, Integer> lig = cp == 'f' ? ligatures.at(text, i) : null;
            if (lig != null) {
                units += advance(lig.getValue());
                i += lig.getKey().length();
            } else {
                units += advance(cmap.getGlyphId(cp));
                i += Character.charCount(cp);
            }
            if (prev >= 0) {
                kern += kern(prev, cp);
            }
            prev = lig != null ? lig.getKey().charAt(lig.getKey().length() - 1) : cp;
        }
        return units / unitsPerEm + kern / 1000.0;
    }

    private int advance(int gid) {
        return advance.computeIfAbsent(gid, g -> {
            try {
                return ttf.getAdvanceWidth(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public double ascent(double size) {
        return ascent * size;
    }

    @Override
    public double descent(double size) {
        return descent * size;
    }

    @Override
    public boolean canDisplay(int codePoint) {
        return codePoint >= 0x20 && cmap.getGlyphId(codePoint) > 0;
    }
}
