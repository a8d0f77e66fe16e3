package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets the lines a break list chose: places each piece (justified lines fill the measure
 * exactly, centred lines are centred), joins adjacent pieces of one style and element into one
 * text operation, adds link areas and strike rules, and notes the footnotes each line refers to.
 */
final class LineSetter {
    /** The most a justified line's spaces stretch: twice their stretch, a space of twice its width. */
    static final double MAX_RATIO = 2.0;

    private final Glyphs glyphs;

    LineSetter(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    List<VBox> lines(List<Item> items, List<Piece> pieces, List<KnuthPlass.Break> breaks, ParagraphLayout.Spec spec) {
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
            // A line the breaker could only set looser than MAX_RATIO (a long word in a narrow list item or
            // cell) is set at that and left short of the margin: a ragged line reads better than 13 pt spaces.
            double ratio = Math.min(br.ratio(), MAX_RATIO);
            double expansion = br.expansion();
            boolean fill = items.get(end) instanceof Item.Penalty p && p.penalty() <= -Item.INFINITY;
            List<Placed> placed = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Item it = items.get(i);
                if (it instanceof Item.Box b) {
                    Piece piece = pieces.get(pieceOf[i]);
                    if (!piece.text().isEmpty() || piece.picture() != null) {
                        placed.add(new Placed(piece, x, false));
                    } // else the empty box that moves an opening quote into the left margin
                    x += b.width() + expansion * b.expandable();
                } else if (it instanceof Item.Glue g) {
                    // The last line is not stretched, but it is shrunk when the breaker chose that: never wider than the measure.
                    double adj = !spec.justify() || fill && ratio >= 0 ? 0 : ratio >= 0 ? ratio * g.stretch() : ratio * g.shrink();
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
            out.add(lineBox(placed, spec, 1 + expansion));
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

    private VBox lineBox(List<Placed> placed, ParagraphLayout.Spec spec, double scale) {
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
                        first.piece.owner()));
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder(first.piece.text());
            int j = i + 1;
            while (j < placed.size() && !placed.get(j - 1).spaceAfter && !placed.get(j - 1).gapAfter && !placed.get(j - 1).hyphen
                    && placed.get(j).piece.picture() == null && placed.get(j).piece.style().equals(first.piece.style()) && placed.get(j).piece.owner() == first.piece.owner()) {
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
            Element tag = first.piece.owner();
            double y = baseline - st.raise();
            ops.add(new Op.Text(first.x, y, text.toString(), st, tag, scale));
            FontMetrics fm = glyphs.fonts().metrics(st.face());
            double w = scale * fm.width(text.toString().strip().replace("\u00AD", "-"), st.size());
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
