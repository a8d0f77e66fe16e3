package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets one paragraph: turns styled runs into boxes, glue and penalties (with hyphenation points
 * and font fallback), breaks them into lines with {@link KnuthPlass} (or first-fit when ragged),
 * and returns one {@link VBox} per line with words placed so that justified lines fill the
 * measure exactly.
 */
public final class ParagraphLayout {
    /** Settings for one paragraph. */
    public record Spec(double width, double indent, double firstIndent, double leading, boolean justify,
                       Hyphenator hyphenator, boolean center) {
        public Spec(double width, double indent, double firstIndent, double leading, boolean justify, Hyphenator h) {
            this(width, indent, firstIndent, leading, justify, h, false);
        }
    }

    private final Glyphs glyphs;

    public ParagraphLayout(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** A box's drawing: text in one style, for one structure element. */
    private record Piece(String text, Style style, Tag tag, Run picture) {
        Piece(String text, Style style, Tag tag) {
            this(text, style, tag, null);
        }
    }

    public List<VBox> lay(List<Run> runs, Spec spec) {
        runs = LineBreakHints.apply(runs, glyphs.language());
        List<Item> items = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        build(runs, spec, items, pieces);
        if (items.isEmpty()) {
            return List.of();
        }
        KnuthPlass.finish(items);
        KnuthPlass.LineWidths widths = line -> spec.width() - spec.indent() - (line == 0 ? spec.firstIndent() : 0);
        List<KnuthPlass.Break> breaks = spec.justify() ? KnuthPlass.breakLines(items, widths) : FirstFit.breakLines(items, widths);
        return BidiLines.reorder(lines(items, pieces, breaks, spec), runs, spec, glyphs);
    }

    private void build(List<Run> runs, Spec spec, List<Item> items, List<Piece> pieces) {
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
                items.add(new Item.Box(r.imageWidth(), null));
                pieces.add(new Piece("", r.style(), r.mark(), r));
                continue;
            }
            String t = r.text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                boolean space = i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n');
                boolean mark = i < t.length() && t.charAt(i) == imprint.text.LineBreaks.MARK;
                if (space || mark || i == t.length()) {
                    if (i > start) {
                        word.add(new Run(t.substring(start, i), r.style(), r.mark()));
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
                        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Box) {
                            double w = glyphs.fonts().metrics(r.style().face()).width(" ", r.style().size());
                            items.add(new Item.Glue(w, w / 2, w / 3));
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
    }

    /** Adds one word (possibly several styles) as boxes with hyphenation and dash breaks between. */
    private void flushWord(List<Run> word, Spec spec, List<Item> items, List<Piece> pieces) {
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
                    double hw = hyphenAfter.get(k)
                            ? glyphs.fonts().metrics(r.style().face()).width("-", r.style().size()) : 0;
                    items.add(new Item.Penalty(hw, hyphenAfter.get(k) ? 50 : 50, true));
                }
            }
        }
        word.clear();
    }

    /** Boxes for text in one style, split by font coverage, and into chunks if wider than the line. */
    private void addBoxes(String text, Run r, double maxWidth, List<Item> items, List<Piece> pieces) {
        String lang = Tag.languageOf(r.mark());
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
                pieces.add(new Piece(g.text(), st, r.mark()));
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
                    pieces.add(new Piece(chunk.toString(), st, r.mark()));
                    items.add(new Item.Penalty(0, 0, false));
                    chunk.setLength(0);
                }
                chunk.append(c);
                i += Character.charCount(cp);
            }
            items.add(new Item.Box(fm.width(chunk.toString(), st.size()), null));
            pieces.add(new Piece(chunk.toString(), st, r.mark()));
        }
    }

    private static int[] hyphenPoints(String t, Hyphenator h) {
        if (h == null) {
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

    private List<VBox> lines(List<Item> items, List<Piece> pieces, List<KnuthPlass.Break> breaks, Spec spec) {
        // Map item index -> piece index for boxes.
        int[] pieceOf = new int[items.size()];
        int pc = 0;
        for (int i = 0; i < items.size(); i++) {
            pieceOf[i] = items.get(i) instanceof Item.Box ? pc++ : -1;
        }
        List<VBox> out = new ArrayList<>();
        int start = 0;
        for (int li = 0; li < breaks.size(); li++) {
            KnuthPlass.Break br = breaks.get(li);
            int end = br.position();
            while (start < end && !(items.get(start) instanceof Item.Box)) {
                start++;
            }
            double x = spec.indent() + (li == 0 ? spec.firstIndent() : 0);
            double ratio = br.ratio();
            boolean fill = items.get(end) instanceof Item.Penalty p && p.penalty() <= -Item.INFINITY;
            List<Placed> placed = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Item it = items.get(i);
                if (it instanceof Item.Box b) {
                    placed.add(new Placed(pieces.get(pieceOf[i]), x, false));
                    x += b.width();
                } else if (it instanceof Item.Glue g) {
                    double adj = !spec.justify() || fill ? 0 : ratio >= 0 ? ratio * g.stretch() : ratio * g.shrink();
                    if (g.stretch() < 1e5) {
                        x += g.width() + adj;
                        if (!placed.isEmpty()) {
                            if (g.width() > 0) {
                                placed.get(placed.size() - 1).spaceAfter = true;
                            } else {
                                placed.get(placed.size() - 1).gapAfter = true;
                            }
                        }
                    }
                }
            }
            if (items.get(end) instanceof Item.Penalty p && p.flagged() && p.width() > 0 && !placed.isEmpty()) {
                placed.get(placed.size() - 1).hyphen = true;
            }
            if (spec.center() && !placed.isEmpty()) {
                double natural = x - spec.indent();
                double shift = Math.max(0, (spec.width() - spec.indent() - natural) / 2);
                List<Placed> moved = new ArrayList<>();
                for (Placed p : placed) {
                    Placed q = new Placed(p.piece, p.x + shift, p.hyphen);
                    q.spaceAfter = p.spaceAfter;
                    q.gapAfter = p.gapAfter;
                    moved.add(q);
                }
                placed = moved;
            }
            out.add(lineBox(placed, spec));
            start = end + 1;
        }
        return out;
    }

    /** A piece placed on a line. */
    private static final class Placed {
        final Piece piece;
        final double x;
        boolean spaceAfter;
        /** A zero-width break follows (between CJK or Thai characters): drawn apart, no space added. */
        boolean gapAfter;
        boolean hyphen;

        Placed(Piece piece, double x, boolean hyphen) {
            this.piece = piece;
            this.x = x;
            this.hyphen = hyphen;
        }
    }

    private VBox lineBox(List<Placed> placed, Spec spec) {
        double size = 0;
        double picture = 0;
        for (Placed p : placed) {
            size = Math.max(size, p.piece.style().size() + p.piece.style().raise() * 0.5);
            if (p.piece.picture() != null) {
                picture = Math.max(picture, p.piece.picture().imageHeight());
            }
        }
        if (size == 0) {
            size = 10;
        }
        double height = size * spec.leading();
        FontMetrics base = glyphs.fonts().metrics(placed.isEmpty() ? Face.SERIF : placed.get(0).piece.style().face());
        double asc = base.ascent(size);
        double desc = base.descent(size);
        double baseline = (height - asc - desc) / 2 + asc;
        if (picture > asc) {
            // A tall inline picture pushes the baseline down and the line apart.
            baseline += picture - asc;
            height += picture - asc;
        }
        List<Op> ops = new ArrayList<>();
        // Adjacent pieces of one style and element become one text operation.
        int i = 0;
        while (i < placed.size()) {
            Placed first = placed.get(i);
            if (first.piece.picture() != null) {
                Run pic = first.piece.picture();
                ops.add(new Op.Image(first.x, baseline - pic.imageHeight(), pic.imageWidth(), pic.imageHeight(), pic.image(),
                        first.piece.tag() == null ? null : first.piece.tag().mark()));
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder(first.piece.text());
            int j = i + 1;
            while (j < placed.size() && !placed.get(j - 1).spaceAfter && !placed.get(j - 1).gapAfter && !placed.get(j - 1).hyphen
                    && placed.get(j).piece.picture() == null && placed.get(j).piece.style().equals(first.piece.style()) && placed.get(j).piece.tag() == first.piece.tag()) {
                text.append(placed.get(j).piece.text());
                j++;
            }
            Placed lastP = placed.get(j - 1);
            if (lastP.hyphen) {
                text.append('\u00AD'); // drawn as a hyphen; extracts as a soft hyphen, so the word stays whole
            }
            if (lastP.spaceAfter) {
                text.append(' ');
            }
            Style st = first.piece.style();
            Tag tag = first.piece.tag();
            double y = baseline - st.raise();
            ops.add(new Op.Text(first.x, y, text.toString(), st, tag == null ? null : tag.mark()));
            FontMetrics fm = glyphs.fonts().metrics(st.face());
            double w = fm.width(text.toString().strip().replace("\u00AD", "-"), st.size());
            if (st.link() != null && tag != null) {
                ops.add(new Op.Link(first.x, y - fm.ascent(st.size()), w, fm.ascent(st.size()) + fm.descent(st.size()), st.link(), tag));
            }
            if (st.strike()) {
                double sy = y - st.size() * 0.28;
                ops.add(new Op.Rule(first.x, sy, first.x + w, sy, Math.max(0.4, st.size() / 20), st.gray()));
            }
            i = j;
        }
        List<Integer> notes = new ArrayList<>();
        for (Placed p : placed) {
            String link = p.piece.style().link();
            if (link != null && link.startsWith("#fn-") && p.piece.style().raise() > 0) {
                int n = Integer.parseInt(link.substring(4));
                if (!notes.contains(n)) {
                    notes.add(n);
                }
            }
        }
        return new VBox(height, 0, ops, true, null, notes);
    }
}
