package imprint.render.pdf.layout;

import imprint.text.BidiText;
import java.util.ArrayList;
import java.util.List;

/**
 * Display order for lines that were broken in logical order (UAX #9, rules L1-L2, by ICU):
 * each line's words are split where their embedding level changes, the pieces are put in
 * visual order, and placed left to right keeping the spaces the justification gave them.
 * Lines of a right-to-left paragraph end at the right edge of the measure (right-aligned, or
 * justified from the right); numbers inside them keep their left-to-right order. A paragraph
 * with no right-to-left character is returned as it is, without loading ICU.
 */
final class BidiLines {
    private BidiLines() {
    }

    /** A piece of a line: a text of one level (or an inline picture) and the ops that go with it. */
    private record Piece(Op first, String text, double x, double width, byte level, List<Op> attached) {
    }

    static List<VBox> reorder(List<VBox> lines, List<Run> runs, ParagraphLayout.Spec spec, Glyphs glyphs) {
        StringBuilder para = new StringBuilder();
        for (Run r : runs) {
            para.append(r.text());
        }
        String dir = glyphs.direction();
        if (!BidiText.mayNeedBidi(para) && !"rtl".equalsIgnoreCase(dir)) {
            return lines;
        }
        boolean rtl = BidiText.rtlParagraph(para.toString(), dir, glyphs.language());
        List<VBox> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(line(lines.get(i), rtl, spec, i == 0, glyphs));
        }
        return out;
    }

    private static VBox line(VBox line, boolean rtl, ParagraphLayout.Spec spec, boolean first, Glyphs glyphs) {
        List<Op> items = new ArrayList<>();
        List<List<Op>> attached = new ArrayList<>();
        List<Op> rest = new ArrayList<>();
        for (Op op : line.ops()) {
            if (op instanceof Op.Text || op instanceof Op.Image) {
                items.add(op);
                attached.add(new ArrayList<>());
            } else if (!items.isEmpty() && (op instanceof Op.Link || op instanceof Op.Rule)) {
                attached.get(attached.size() - 1).add(op);
            } else {
                rest.add(op);
            }
        }
        if (items.isEmpty()) {
            return line;
        }
        StringBuilder text = new StringBuilder();
        for (Op op : items) {
            text.append(op instanceof Op.Text t ? t.text() : "\uFFFC");
        }
        byte[] levels = BidiText.levels(text.toString(), rtl);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < items.size(); k++) {
            Op op = items.get(k);
            if (op instanceof Op.Image im) {
                pieces.add(new Piece(op, null, im.x(), im.w(), levels[at], attached.get(k)));
                at++;
                continue;
            }
            Op.Text t = (Op.Text) op;
            split(t, levels, at, attached.get(k), glyphs, pieces);
            at += t.text().length();
        }
        int n = pieces.size();
        double[] gaps = new double[Math.max(0, n - 1)];
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += pieces.get(k).width();
            if (k < n - 1) {
                gaps[k] = Math.max(0, pieces.get(k + 1).x() - (pieces.get(k).x() + pieces.get(k).width()));
                total += gaps[k];
            }
        }
        byte[] runLevels = new byte[n];
        for (int k = 0; k < n; k++) {
            runLevels[k] = pieces.get(k).level();
        }
        int[] order = BidiText.visualOrder(runLevels);
        double x = pieces.get(0).x();
        if (rtl && !spec.center()) {
            double right = spec.width() - (first ? spec.firstIndent() : 0);
            x = Math.max(spec.indent(), right - total);
        }
        double[] placedAt = new double[n];
        for (int v = 0; v < n; v++) {
            placedAt[order[v]] = x;
            x += pieces.get(order[v]).width();
            if (v < n - 1) {
                x += gaps[Math.min(Math.min(order[v], order[v + 1]), n - 2)];
            }
        }
        // Drawn in display order, left to right, with one space between pieces a space parts:
        // extractors read a line as visually ordered text and apply the bidi algorithm to it
        // (PDFBox to the whole line, which is why the spaces are drawn, not left as gaps).
        List<Op> ops = new ArrayList<>(rest);
        for (int v = 0; v < n; v++) {
            int k = order[v];
            Piece p = pieces.get(k);
            double dx = placedAt[k] - p.x();
            if (p.text() == null) {
                ops.add(p.first().moved(dx, 0));
            } else {
                Op.Text t = (Op.Text) p.first();
                boolean gapAfter = v < n - 1 && placedAt[order[v + 1]] - (placedAt[k] + p.width()) > 0.01;
                String shown = p.text().stripTrailing() + (gapAfter ? " " : "");
                ops.add(new Op.Text(placedAt[k], t.y(), shown, t.style(), t.owner()));
            }
            for (Op a : p.attached()) {
                ops.add(a.moved(dx, 0));
            }
        }
        return line.withOps(ops);
    }

    /** Splits a text op where the level of its (non-space) characters changes. */
    private static void split(Op.Text t, byte[] levels, int at, List<Op> attached, Glyphs glyphs, List<Piece> out) {
        String s = t.text();
        FontMetrics fm = glyphs.fonts().metrics(t.style().face());
        int start = 0;
        double x = t.x();
        boolean firstPiece = true;
        for (int i = 1; i <= s.length(); i++) {
            boolean cut = i == s.length();
            if (!cut && s.charAt(i) != ' ' && levels[at + i] != levels[at + start]
                    && !Character.isLowSurrogate(s.charAt(i))) {
                cut = true;
            }
            if (cut) {
                String part = s.substring(start, i);
                double w = fm.width(part.strip().replace("\u00AD", "-"), t.style().size());
                out.add(new Piece(t, part, x, w, levels[at + start], firstPiece ? attached : List.of()));
                firstPiece = false;
                x += fm.width(part.replace("\u00AD", ""), t.style().size());
                start = i;
            }
        }
    }
}
