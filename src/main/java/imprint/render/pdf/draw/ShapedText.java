package imprint.render.pdf.draw;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Shows a word of a complex script: shaped by {@link Shaper}, drawn glyph by glyph id in
 * visual order at the positions the shaper gave (marks included), inside a marked-content span
 * whose {@code /ActualText} is the word in logical order, so extraction, search and screen
 * readers get the characters, not the glyphs. Each glyph's characters are kept per font for
 * its ToUnicode map.
 */
final class ShapedText {
    /** Per font, what each drawn glyph stands for (the characters of its cluster). */
    final Map<PDType0Font, Map<Integer, String>> unicode = new HashMap<>();
    /** The fonts some glyph was drawn in by id: their ToUnicode maps are written from {@link #unicode}. */
    final java.util.Set<PDType0Font> shapedFonts = new java.util.LinkedHashSet<>();

    /** Remembers the glyphs of plain text in a script face, so a rewritten ToUnicode map keeps them. */
    void plain(PDType0Font font, TtfMetrics metrics, String text) {
        Map<Integer, String> map = unicode.computeIfAbsent(font, f -> new HashMap<>());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int gid = metrics.gid(cp);
            if (gid > 0) {
                map.putIfAbsent(gid, new String(Character.toChars(cp)));
            }
        }
    }

    void show(PDPageContentStream cs, PDType0Font font, TtfMetrics metrics, String text, float size, float x, float y)
            throws IOException {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String core = text.substring(0, end);
        if (core.endsWith("\u00AD")) {
            core = core.substring(0, core.length() - 1) + "-";
        }
        boolean rtl = Bidirectional.hasRtl(core);
        Shaper.Shaped s = metrics.shaper().shape(core, rtl);
        TreeSet<Integer> used = new TreeSet<>();
        for (int g : s.glyphs()) {
            used.add(g);
        }
        int space = end < text.length() ? metrics.gid(' ') : 0;
        if (space > 0 && metrics.glyphAdvance(space) > metrics.unitsPerEm() / 2) {
            space = 0; // a space as wide as an emoji would overlap the next word: the gap says it
        }
        if (space > 0) {
            used.add(space);
            unicode.computeIfAbsent(font, f -> new HashMap<>()).putIfAbsent(space, " ");
        }
        font.addGlyphsToSubset(used);
        shapedFonts.add(font);
        remember(font, s, core);
        float scale = size / metrics.unitsPerEm();
        if (rtl) {
            // Glyphs in display order, each cluster with its own characters: an extractor
            // putting the line in visual order and reversing it meets every letter once.
            cs.beginMarkedContent(REVERSED_CHARS);
            int n = s.glyphs().length;
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j < n && s.clusters()[j] == s.clusters()[i]) {
                    j++;
                }
                beginActualText(cs, clusterText(s, core, s.clusters()[i]));
                draw(cs, font, metrics, s, i, j, scale, x, y);
                cs.endMarkedContent();
                i = j;
            }
            cs.endMarkedContent();
        } else {
            beginActualText(cs, core);
            draw(cs, font, metrics, s, 0, s.glyphs().length, scale, x, y);
            cs.endMarkedContent();
        }
        if (space > 0) {
            // The space is drawn, not left as a gap, so a line reads as one run of text.
            cs.setTextMatrix(Matrix.getTranslateInstance(x + s.advance() * scale, y));
            showGlyphs(cs, font, new int[] {space}, 0, 1);
        }
    }

    private static final COSName REVERSED_CHARS = COSName.getPDFName("ReversedChars");

    /** Glyphs [from, to): one Tj per stretch that sits where the previous glyph's advance leaves the pen. */
    private static void draw(PDPageContentStream cs, PDType0Font font, TtfMetrics metrics, Shaper.Shaped s,
            int from, int to, float scale, float x, float y) throws IOException {
        int i = from;
        while (i < to) {
            cs.setTextMatrix(Matrix.getTranslateInstance(x + s.x()[i] * scale, y - s.y()[i] * scale));
            int j = i + 1;
            while (j < to && s.y()[j] == s.y()[i]
                    && Math.abs(s.x()[j] - (s.x()[j - 1] + metrics.glyphAdvance(s.glyphs()[j - 1]))) < 0.5f) {
                j++;
            }
            showGlyphs(cs, font, s.glyphs(), i, j);
            i = j;
        }
    }

    /** The characters of the cluster that starts at {@code start}: up to the next cluster's start. */
    private static String clusterText(Shaper.Shaped s, String text, int start) {
        int stop = text.length();
        for (int c : s.clusters()) {
            if (c > start && c < stop) {
                stop = c;
            }
        }
        return text.substring(start, stop);
    }

    /**
     * Opens a span whose /ActualText is the text, written inline (not as a named property list)
     * so that every extractor finds it.
     */
    @SuppressWarnings("deprecation")
    private static void beginActualText(PDPageContentStream cs, String text) throws IOException {
        StringBuilder hex = new StringBuilder("/Span <</ActualText <FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex.append(String.format("%04X", (int) text.charAt(i)));
        }
        hex.append(">>> BDC\n");
        cs.appendRawCommands(hex.toString());
    }

    /**
     * Shows glyphs [from, to) by id with one Tj. {@code showText} cannot reach glyphs that no
     * character maps to (joined Arabic forms, conjuncts), so the operand is written directly.
     */
    @SuppressWarnings("deprecation")
    private static void showGlyphs(PDPageContentStream cs, PDType0Font font, int[] glyphs, int from, int to)
            throws IOException {
        StringBuilder hex = new StringBuilder(8 + 4 * (to - from));
        hex.append('<');
        for (int i = from; i < to; i++) {
            for (byte b : font.encodeGlyphId(glyphs[i])) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
        }
        hex.append("> Tj\n");
        cs.appendRawCommands(hex.toString());
    }

    /** Gives each glyph the characters of its cluster (the first glyph of a cluster gets them all). */
    private void remember(PDType0Font font, Shaper.Shaped s, String text) {
        Map<Integer, String> map = unicode.computeIfAbsent(font, f -> new HashMap<>());
        int n = s.glyphs().length;
        for (int i = 0; i < n; i++) {
            int start = s.clusters()[i];
            int stop = text.length();
            for (int k = 0; k < n; k++) {
                if (s.clusters()[k] > start && s.clusters()[k] < stop) {
                    stop = s.clusters()[k];
                }
            }
            if (stop > start) {
                map.putIfAbsent(s.glyphs()[i], text.substring(start, stop));
            }
        }
    }
}
