package imprint.render.pdf.draw;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws Latin text with the font's pair kerning; a word with one of the font's standard
 * ligatures (ff, fi, fl, ffi, ffl from GSUB) by glyph id, inside a marked-content span whose
 * {@code /ActualText} is the word itself, so that copy, search and screen readers get the letters. A font that drew a
 * ligature gets a rewritten ToUnicode map (see {@link ToUnicodeMaps}), so every glyph it drew,
 * ligature or not, is remembered here as it is drawn; a ligature maps to its letters.
 */
final class LigatedText {
    private final ShapedText shaped;

    LigatedText(ShapedText shaped) {
        this.shaped = shaped;
    }

    /** Remembers what the glyphs of text drawn without ligatures stand for (its font may ligate elsewhere). */
    void plain(PDType0Font font, TtfMetrics metrics, String text) {
        Map<Integer, String> map = shaped.unicode.computeIfAbsent(font, f -> new HashMap<>());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            remember(map, metrics.gid(cp), new String(Character.toChars(cp)));
        }
    }

    /**
     * A glyph drawn for several characters (a soft hyphen and a hyphen often share one) maps to
     * the lowest, which is the one PDFBox's own map would give it.
     */
    private static void remember(Map<Integer, String> map, int gid, String s) {
        if (gid <= 0) {
            return;
        }
        String had = map.get(gid);
        if (had == null || s.length() == 1 && had.length() == 1 && s.codePointAt(0) < had.codePointAt(0)) {
            map.put(gid, s);
        }
    }

    /** Shows text that holds a ligature, at the current text matrix. */
    @SuppressWarnings("deprecation")
    void show(PDPageContentStream cs, PDType0Font font, TtfMetrics metrics, String text) throws IOException {
        GsubLigatures ligatures = metrics.ligatures();
        Map<Integer, String> map = shaped.unicode.computeIfAbsent(font, f -> new HashMap<>());
        shaped.shapedFonts.add(font);
        // The span covers the word, not a trailing space: extractors add the space from the gap.
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        StringBuilder op = new StringBuilder("/Span <</ActualText <FEFF");
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            for (int shift = 12; shift >= 0; shift -= 4) {
                op.append(Character.toUpperCase(Character.forDigit((c >> shift) & 0xF, 16)));
            }
        }
        op.append(">>> BDC\n[<");
        TreeSet<Integer> used = new TreeSet<>();
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            Map.Entry<String, Integer> lig = ligatures.at(text, i);
            int cp = text.codePointAt(i);
            int gid;
            String chars;
            if (lig != null) {
                gid = lig.getValue();
                chars = lig.getKey();
            } else {
                gid = metrics.gid(cp);
                chars = new String(Character.toChars(cp));
            }
            double k = prev >= 0 ? metrics.kern(prev, cp) : 0;
            if (k != 0) {
                // TJ numbers move the next glyph left, in thousandths of an em
                op.append("> ").append(number(-k)).append(" <");
            }
            for (byte b : font.encodeGlyphId(gid)) {
                op.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            used.add(gid);
            remember(map, gid, chars);
            prev = chars.codePointBefore(chars.length());
            i += chars.length();
            if (i == end && end < text.length()) {
                op.append(">] TJ\nEMC\n[<");
            }
        }
        op.append(end < text.length() ? ">] TJ\n" : ">] TJ\nEMC\n");
        font.addGlyphsToSubset(used);
        cs.appendRawCommands(op.toString());
    }

    /** Shows text with the font's pair kerning, exactly as layout measured it. */
    static void showKerned(PDPageContentStream cs, String text, TtfMetrics metrics) throws IOException {
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            double k = prev >= 0 ? metrics.kern(prev, cp) : 0;
            if (k != 0) {
                parts.add(run.toString());
                parts.add((float) -k); // TJ numbers move the next glyph left, in thousandths of an em
                run.setLength(0);
            }
            run.appendCodePoint(cp);
            prev = cp;
        }
        parts.add(run.toString());
        if (parts.size() == 1) {
            cs.showText(text);
        } else {
            cs.showTextWithPositioning(parts.toArray());
        }
    }

    /** A TJ adjustment as PDFBox writes numbers: no exponent, at most five decimals. */
    private static String number(double v) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf((float) v).setScale(5, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
