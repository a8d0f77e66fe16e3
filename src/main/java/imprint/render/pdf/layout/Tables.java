package imprint.render.pdf.layout;

import imprint.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Table layout: column widths from the content as a browser's automatic table layout sets them
 * (each column at least as wide as its longest word, the slack shared by natural width, so a
 * word breaks inside a column only when the longest words alone overfill the table), wrapping cells, alignment, one {@link VBox} per row, and the
 * header row carried along so the paginator repeats it on each page.
 */
final class Tables {
    private static final double PAD = 4;

    private final Glyphs glyphs;
    private final double size;
    private final ParagraphLayout paragraphs;

    Tables(Glyphs glyphs, ParagraphLayout paragraphs, double size) {
        this.glyphs = glyphs;
        this.size = size;
        this.paragraphs = paragraphs;
    }

    List<VBox> layout(Block.Table t, double width, double x0, Element table, RunContext context) {
        int n = Math.max(1, t.columns());
        double[] natural = new double[n];
        double[] minimum = new double[n];
        List<List<Block.TableCell>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        StringBuilder cellText = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < n && c < all.get(r).size(); c++) {
                Face face = r == 0 ? Face.SANS_BOLD : Face.SERIF;
                String text = imprint.model.Inlines.plainText(all.get(r).get(c).content());
                cellText.append(text).append(' ');
                FontMetrics fm = glyphs.fonts().metrics(face);
                natural[c] = Math.max(natural[c], Math.min(width, safeWidth(fm, text)) + 2 * PAD);
                for (String w : text.split("\\s+")) {
                    minimum[c] = Math.max(minimum[c], Math.min(width, safeWidth(fm, w)) + 2 * PAD);
                }
            }
        }
        double[] widths = distribute(natural, minimum, width);
        // A right-to-left table (by its cells' first strong character, else the passage's
        // direction or language) has its first column on the right and sits at the right edge.
        boolean rtl = Mirror.rtlText(cellText.toString(), glyphs);
        if (rtl) {
            x0 += Math.max(0, width - sum(widths));
        }
        Element thead = context.structure.add(table, Role.TABLE_HEAD);
        VBox header = row(all.get(0), t, widths, x0, context.structure.add(thead, Role.TABLE_ROW), true, context, rtl);
        List<VBox> rows = new ArrayList<>();
        rows.add(header);
        Element tbody = context.structure.add(table, Role.TABLE_BODY);
        for (int r = 1; r < all.size(); r++) {
            VBox row = row(all.get(r), t, widths, x0, context.structure.add(tbody, Role.TABLE_ROW), false, context, rtl);
            rows.add(new VBox(row.height(), 0, row.ops(), r > 1, artifactCopy(header), row.notes()));
        }
        return rows;
    }

    private double safeWidth(FontMetrics fm, String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += fm.canDisplay(cp) ? fm.width(new String(Character.toChars(cp)), size) : size * 0.6;
        }
        return w;
    }

    /** Natural widths if they fit; otherwise minimums plus the rest shared by natural width. */
    static double[] distribute(double[] natural, double[] minimum, double width) {
        int n = natural.length;
        double total = 0;
        for (double d : natural) {
            total += d;
        }
        double[] w = new double[n];
        if (total <= width) {
            double extra = (width - total) / n;
            for (int i = 0; i < n; i++) {
                w[i] = natural[i] + extra;
            }
            return w;
        }
        double minTotal = 0;
        for (double d : minimum) {
            minTotal += d;
        }
        if (minTotal >= width) {
            for (int i = 0; i < n; i++) {
                w[i] = width * minimum[i] / minTotal;
            }
            return w;
        }
        double rest = width - minTotal;
        double flex = 0;
        for (int i = 0; i < n; i++) {
            flex += natural[i] - minimum[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] = minimum[i] + (flex > 0 ? rest * (natural[i] - minimum[i]) / flex : rest / n);
        }
        return w;
    }

    private VBox row(List<Block.TableCell> cells, Block.Table t, double[] widths, double x0, Element tr, boolean head,
                     RunContext context, boolean rtl) {
        List<List<VBox>> laid = new ArrayList<>();
        double height = 0;
        for (int c = 0; c < widths.length; c++) {
            Element cell = context.structure.add(tr, head ? Role.TABLE_HEADER_CELL : Role.TABLE_CELL);
            List<imprint.model.Inline> content = c < cells.size() ? cells.get(c).content() : List.of();
            List<Run> runs = InlineRuns.of(content, Style.of(head ? Face.SANS_BOLD : Face.SERIF, size), cell, context);
            Block.Alignment a = c < t.alignments().size() ? t.alignments().get(c) : Block.Alignment.DEFAULT;
            List<VBox> lines = paragraphs.lay(runs, new ParagraphLayout.Spec(widths[c] - 2 * PAD, 0, 0, 1.3, false, null,
                    a == Block.Alignment.CENTER));
            if (a == Block.Alignment.RIGHT || (rtl && a == Block.Alignment.DEFAULT)) {
                lines = rightAlign(lines, widths[c] - 2 * PAD);
            }
            laid.add(lines);
            double h = 0;
            for (VBox l : lines) {
                h += l.height();
            }
            height = Math.max(height, h);
        }
        height += 2 * PAD;
        List<Op> ops = new ArrayList<>();
        if (head) {
            ops.add(new Op.Fill(x0, 0, sum(widths), height, 0.92f));
        }
        double x = x0;
        double total = sum(widths);
        for (int c = 0; c < widths.length; c++) {
            double y = PAD;
            if (rtl) {
                x = x0 + total - sum(java.util.Arrays.copyOf(widths, c + 1)); // the first column on the right
            }
            for (VBox l : laid.get(c)) {
                for (Op op : l.ops()) {
                    ops.add(op.moved(x + PAD, y));
                }
                y += l.height();
            }
            ops.add(new Op.Rule(x, 0, x, height, 0.5, 0.55f));
            x += widths[c];
        }
        x = x0 + total;
        ops.add(new Op.Rule(x, 0, x, height, 0.5, 0.55f));
        ops.add(new Op.Rule(x0, 0, x, 0, 0.5, 0.55f));
        ops.add(new Op.Rule(x0, height, x, height, 0.5, 0.55f));
        List<Integer> refs = new ArrayList<>();
        laid.forEach(cell -> cell.forEach(l -> l.notes().stream().filter(n -> !refs.contains(n)).forEach(refs::add)));
        return new VBox(height, 0, ops, true, null, refs);
    }

    private List<VBox> rightAlign(List<VBox> lines, double width) {
        List<VBox> out = new ArrayList<>();
        for (VBox l : lines) {
            double right = 0;
            for (Op op : l.ops()) {
                if (op instanceof Op.Text tx) {
                    right = Math.max(right, tx.x() + glyphs.fonts().metrics(tx.style().face()).width(tx.text().strip(), tx.style().size()));
                }
            }
            double dx = Math.max(0, width - right);
            List<Op> moved = new ArrayList<>();
            l.ops().forEach(op -> moved.add(op.moved(dx, 0)));
            out.add(l.withOps(moved));
        }
        return out;
    }

    /** The header row again, as page furniture: repeated rows are not new content. */
    private static VBox artifactCopy(VBox header) {
        List<Op> ops = new ArrayList<>();
        for (Op op : header.ops()) {
            if (op instanceof Op.Text tx) {
                ops.add(new Op.Text(tx.x(), tx.y(), tx.text(), tx.style().withLink(null), null));
            } else if (!(op instanceof Op.Link)) {
                ops.add(op);
            }
        }
        return new VBox(header.height(), 0, ops, true, null);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double d : a) {
            s += d;
        }
        return s;
    }
}
