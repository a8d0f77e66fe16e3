package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a paragraph's styled runs into Knuth and Plass's items: a box per word fragment (split
 * by font coverage and at hyphenation points and dashes), glue for spaces, penalties for
 * possible breaks; with the {@link Piece} each box draws, in the same order.
 */
final class WordItems {
    /** Words shorter than this are never hyphenated (a broken short word reads badly: "of-/ten"). */
    static final int MIN_HYPHENATED_WORD = 7;
    /**
     * The cost of a hyphenation point, TeX's {@code \hyphenpenalty}: font expansion, protrusion and a
     * wider space leave few paragraphs needing a hyphen at all (the first pass has none), and where
     * one is needed it is cheaper than a loose line. On the benchmark novel at 6x9in (pretolerance
     * 0.6, the word space a third of an em): 4.4 % hyphenated lines and a spread of 1.60.
     */
    static final double HYPHEN_PENALTY = 50;
    /** A space's stretch and shrink, as shares of its width (TeX's: a half and a third). */
    static final double SPACE_STRETCH = 0.5;
    static final double SPACE_SHRINK = 1.0 / 3;
    /**
     * The narrowest word space, in ems: TeX's (Computer Modern's 0.333 em), wider than the bundled
     * serif's own 0.26 em. A wider space has more stretch and shrink in points for the same
     * proportions, so lines need fewer hyphens and their spaces vary less from line to line: on
     * the benchmark novel at 6x9in, 4.4 % hyphenated lines and a spread of 1.60 against 5.0 % and
     * 1.74 with the font's space (and a hyphen penalty of 120, needed then to keep hyphens at 5 %).
     */
    static final double WORD_SPACE = 1.0 / 3;

    private final Glyphs glyphs;

    WordItems(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    void build(List<Run> runs, ParagraphLayout.Spec spec, List<Item> items, List<Piece> pieces) {
        List<Run> word = new ArrayList<>();
        for (Run r : runs) {
            if (r.text().equals("\n")) {
                flushWord(word, spec, items, pieces);
                items.add(new Item.Penalty(0, Item.INFINITY, false));
                items.add(new Item.Glue(0, 1e6, 0));
                items.add(new Item.Penalty(0, -Item.INFINITY, false));
                continue;
            }
            if (r.image() != null) {
                flushWord(word, spec, items, pieces);
                items.add(new Item.Box(r.imageWidth(), null, 0));
                pieces.add(new Piece("", r.style(), r.owner(), r));
                continue;
            }
            String t = r.text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                boolean space = i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n');
                boolean mark = i < t.length() && t.charAt(i) == imprint.text.LineBreaks.MARK;
                if (space || mark || i == t.length()) {
                    if (i > start) {
                        word.add(new Run(t.substring(start, i), r.style(), r.owner()));
                    }
                    if (mark) {
                        // A break between characters (CJK, Thai): no width, a little stretch.
                        flushWord(word, spec, items, pieces);
                        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Box) {
                            items.add(new Item.Glue(0, r.style().size() * 0.12, 0));
                        }
                    }
                    if (space) {
                        flushWord(word, spec, items, pieces);
                        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Box b) {
                            double w = Math.max(glyphs.fonts().metrics(r.style().face()).width(" ", r.style().size()),
                                    r.style().size() * WORD_SPACE);
                            // Hanging punctuation: the box is counted shorter by what may protrude, the space
                            // longer by as much, so the sum is unchanged unless the line breaks here.
                            double hang = spec.justify() ? hang(pieces.get(pieces.size() - 1)) : 0;
                            if (hang > 0) {
                                items.set(items.size() - 1, new Item.Box(b.width() - hang, b.fragment(), b.expandable()));
                            }
                            items.add(new Item.Glue(w + hang, w * SPACE_STRETCH, w * SPACE_SHRINK));
                        }
                    }
                    start = i + 1;
                }
            }
        }
        flushWord(word, spec, items, pieces);
        while (!items.isEmpty() && !(items.get(items.size() - 1) instanceof Item.Box)) {
            items.remove(items.size() - 1);
        }
        tieDashes(items, pieces);
        if (spec.justify()) {
            Protrusion.hangOpeningQuotes(items, pieces, glyphs.fonts());
        }
        if (!spec.justify() || !expandable(pieces)) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Item.Box b && b.expandable() > 0) {
                    items.set(i, new Item.Box(b.width(), b.fragment(), 0));
                }
            }
        }
        // No hyphen in a paragraph's last word: its tail alone would make the last line.
        for (int i = items.size() - 1; i >= 0 && !(items.get(i) instanceof Item.Glue); i--) {
            if (items.get(i) instanceof Item.Penalty p && p.flagged() && p.width() > 0) {
                items.set(i, new Item.Penalty(p.width(), Item.INFINITY, true));
            }
        }
    }

    /** A dash that opens a word stays on the line of the word before it: no line starts with "– For Now". */
    private static void tieDashes(List<Item> items, List<Piece> pieces) {
        int box = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box) {
                box++;
            } else if (it instanceof Item.Glue && i + 1 < items.size() && items.get(i + 1) instanceof Item.Box
                    && box < pieces.size() && !pieces.get(box).text().isEmpty()
                    && "\u2013\u2014".indexOf(pieces.get(box).text().charAt(0)) >= 0) {
                items.add(i, new Item.Penalty(0, Item.INFINITY, false));
                i++;
            }
        }
    }

    /** Adds one word (possibly several styles) as boxes with hyphenation and dash breaks between. */
    private void flushWord(List<Run> word, ParagraphLayout.Spec spec, List<Item> items, List<Piece> pieces) {
        if (word.isEmpty()) {
            return;
        }
        double maxWidth = spec.width() - spec.indent() - spec.firstIndent();
        for (Run r : word) {
            String t = r.text();
            int[] points = word.size() == 1 ? hyphenPoints(t, spec.hyphenator()) : new int[0];
            int last = 0;
            List<String> parts = new ArrayList<>();
            List<Boolean> hyphenAfter = new ArrayList<>();
            int p = 0;
            for (int i = 1; i < t.length(); i++) {
                boolean hy = p < points.length && points[p] == i;
                if (hy) {
                    p++;
                }
                char prev = t.charAt(i - 1);
                boolean dash = (prev == '-' || prev == '\u2013' || prev == '\u2014' || prev == '/')
                        && Character.isLetterOrDigit(t.charAt(i));
                if (hy || dash) {
                    parts.add(t.substring(last, i));
                    hyphenAfter.add(hy);
                    last = i;
                }
            }
            parts.add(t.substring(last));
            hyphenAfter.add(false);
            for (int k = 0; k < parts.size(); k++) {
                addBoxes(parts.get(k), r, maxWidth, items, pieces);
                if (k < parts.size() - 1) {
                    // A hyphen added at the break hangs into the margin as a dash ending the part does.
                    FontMetrics fm = glyphs.fonts().metrics(r.style().face());
                    double hw = hyphenAfter.get(k) ? fm.width("-", r.style().size()) : 0;
                    double hang = !spec.justify() ? 0 : hyphenAfter.get(k) ? Protrusion.after("-", fm, r.style().size())
                            : Protrusion.after(parts.get(k), fm, r.style().size());
                    items.add(new Item.Penalty(hw - hang, hyphenAfter.get(k) ? HYPHEN_PENALTY : 50, true));
                }
            }
        }
        word.clear();
    }

    /** Boxes for text in one style, split by font coverage, and into chunks if wider than the line. */
    private void addBoxes(String text, Run r, double maxWidth, List<Item> items, List<Piece> pieces) {
        // A span's language (or its division's) picks the CJK variant of its characters.
        String lang = Element.languageOf(r.owner());
        String saved = lang == null ? null : glyphs.language(lang);
        List<Glyphs.Piece> split = glyphs.split(text, r.style().face());
        if (lang != null) {
            glyphs.language(saved);
        }
        for (Glyphs.Piece g : split) {
            Style st = r.style().withFace(g.face());
            FontMetrics fm = glyphs.fonts().metrics(g.face());
            double w = fm.width(g.text(), st.size());
            if (w <= maxWidth || g.text().codePointCount(0, g.text().length()) < 2) {
                items.add(new Item.Box(w, null));
                pieces.add(new Piece(g.text(), st, r.owner()));
                continue;
            }
            // An unbreakable run wider than the line: cut it where it fills the line.
            StringBuilder chunk = new StringBuilder();
            String s = g.text();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (chunk.length() > 0 && fm.width(chunk + c, st.size()) > maxWidth) {
                    items.add(new Item.Box(fm.width(chunk.toString(), st.size()), null));
                    pieces.add(new Piece(chunk.toString(), st, r.owner()));
                    items.add(new Item.Penalty(0, 0, false));
                    chunk.setLength(0);
                }
                chunk.append(c);
                i += Character.charCount(cp);
            }
            items.add(new Item.Box(fm.width(chunk.toString(), st.size()), null));
            pieces.add(new Piece(chunk.toString(), st, r.owner()));
        }
    }

    /** What the piece's last glyph may hang into the margin if a line ends after it. */
    private double hang(Piece p) {
        if (p.picture() != null || p.text().isEmpty()) {
            return 0;
        }
        return Protrusion.after(p.text(), glyphs.fonts().metrics(p.style().face()), p.style().size());
    }

    /**
     * Whether the paragraph's glyphs may be expanded: only when all of it is in the text faces and
     * drawn character by character (a paragraph with script faces or shaped words keeps its glyphs'
     * widths; right-to-left lines are reordered from their natural widths).
     */
    private static boolean expandable(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.picture() == null && (p.style().face().script() || p.style().face().system() || shaped(p.text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the painter shapes this text (combining marks, as in Vietnamese set with separate
     * accents, or a script past Latin, Greek and Cyrillic): shaped words are drawn at their natural
     * width, glyph by glyph, so their lines are not expanded.
     */
    private static boolean shaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0300 && c <= 0x036F || c >= 0x0590 && c < 0x1E00 || c >= 0x200C && c <= 0x200F
                    || c >= 0xA800 && c < 0xAC00 || c >= 0xFB1D && c <= 0xFEFF || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static int[] hyphenPoints(String t, Hyphenator h) {
        if (h == null || t.codePointCount(0, t.length()) < MIN_HYPHENATED_WORD) {
            return new int[0];
        }
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetter(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        int[] pts = h.points(t.substring(a, b));
        for (int i = 0; i < pts.length; i++) {
            pts[i] += a;
        }
        return pts;
    }

}
