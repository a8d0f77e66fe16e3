package imprint.render.pdf.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard ligatures of a font's GSUB table (lookups of the {@code liga} feature, ligature
 * substitution, also behind extension lookups), read for the sequences Latin body text uses:
 * ff, fi, fl, ffi, ffl. Fontbox's own GSUB support is hidden from PDFBox (it would put
 * U+FB01-style characters into extracted text); here the glyph ids are found once per font, and
 * layout measures and the painter draws the same glyphs.
 */
final class GsubLigatures {
    /** No ligatures at all. */
    static final GsubLigatures NONE = new GsubLigatures(Map.of());
    /** The sequences looked for, longest first, so that "ffi" wins over "ff" followed by "i". */
    static final String[] SEQUENCES = {"ffi", "ffl", "ff", "fi", "fl"};

    /** Sequence to ligature glyph id. */
    private final Map<String, Integer> glyphs;

    private GsubLigatures(Map<String, Integer> glyphs) {
        this.glyphs = glyphs;
    }

    /** The ligatures of a GSUB table, mapping characters to glyphs with {@code gid}. */
    static GsubLigatures read(byte[] gsub, java.util.function.IntUnaryOperator gid) {
        Map<String, Integer> found = new HashMap<>();
        try {
            Table t = new Table(gsub);
            for (String seq : SEQUENCES) {
                int[] comps = seq.chars().map(gid).toArray();
                int lig = t.ligature(comps);
                if (lig > 0) {
                    found.put(seq, lig);
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return NONE; // a damaged table means no ligatures, never a failure
        }
        return found.isEmpty() ? NONE : new GsubLigatures(Map.copyOf(found));
    }

    boolean isEmpty() {
        return glyphs.isEmpty();
    }

    /** The ligature glyph for the sequence starting at {@code i}, with its length, or null. */
    Map.Entry<String, Integer> at(String text, int i) {
        if (glyphs.isEmpty() || text.charAt(i) != 'f' || i + 1 >= text.length()) {
            return null;
        }
        for (String seq : SEQUENCES) {
            Integer g = glyphs.get(seq);
            if (g != null && text.startsWith(seq, i)) {
                return Map.entry(seq, g);
            }
        }
        return null;
    }

    /** Whether the text holds any sequence this font ligates. */
    boolean applies(String text) {
        if (glyphs.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf('f'); i >= 0 && i + 1 < text.length(); i = text.indexOf('f', i + 1)) {
            if (at(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Just enough of GSUB to find a ligature: features, lookups, coverage, ligature sets. */
    private static final class Table {
        private final byte[] t;
        private final List<Integer> subtables = new ArrayList<>();

        Table(byte[] t) {
            this.t = t;
            if (t.length < 10) {
                return;
            }
            subtables.addAll(OpenTypeLookups.subtables(t, "liga", 4, 7));
        }

        /** The glyph that ligates these component glyphs, or 0. */
        int ligature(int[] comps) {
            if (comps.length < 2 || comps[0] == 0) {
                return 0;
            }
            for (int st : subtables) {
                if (u16(st) != 1) {
                    continue;
                }
                int cov = coverage(st + u16(st + 2), comps[0]);
                if (cov < 0 || cov >= u16(st + 4)) {
                    continue;
                }
                int set = st + u16(st + 6 + cov * 2);
                for (int k = 0; k < u16(set); k++) {
                    int lig = set + u16(set + 2 + k * 2);
                    int n = u16(lig + 2);
                    if (n != comps.length) {
                        continue;
                    }
                    boolean match = true;
                    for (int c = 1; c < n && match; c++) {
                        match = u16(lig + 4 + (c - 1) * 2) == comps[c];
                    }
                    if (match) {
                        return u16(lig);
                    }
                }
            }
            return 0;
        }

        private int coverage(int cov, int glyph) {
            int format = u16(cov);
            int n = u16(cov + 2);
            for (int i = 0; i < n; i++) {
                if (format == 1 && u16(cov + 4 + i * 2) == glyph) {
                    return i;
                }
                if (format == 2) {
                    int r = cov + 4 + i * 6;
                    if (glyph >= u16(r) && glyph <= u16(r + 2)) {
                        return u16(r + 4) + glyph - u16(r);
                    }
                }
            }
            return -1;
        }

        private int u16(int at) {
            return ((t[at] & 0xff) << 8) | (t[at + 1] & 0xff);
        }
    }
}
