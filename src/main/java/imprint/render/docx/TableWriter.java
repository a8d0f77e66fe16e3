package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Inlines;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tables in the Table Grid style with a grid (LibreOffice ignores widths without one), column
 * widths from the content and the page, a header row repeated on every page, rows that do not
 * break across pages, and alignment. Streams row by row: a 100,000-row table costs its output.
 */
final class TableWriter {
    private final DocxState state;
    private final Xml out;
    private final Supplier<RunWriter> runs;

    TableWriter(DocxState state, Xml out, Supplier<RunWriter> runs, Passage passage) {
        this.state = state;
        this.out = out;
        this.runs = runs;
        this.passage = passage;
    }

    private final Passage passage;

    /** Writes the table and a paragraph after it; {@code left} is its indentation in twips. */
    void write(Block.Table t, int left) {
        int cols = Math.max(1, t.columns());
        int total = (int) Math.round(state.textWidthPt() * 20) - left;
        int[] widths = widths(t, Math.max(total, cols * 240));
        StringBuilder text = new StringBuilder();
        for (Block.TableCell c : t.header()) {
            text.append(Inlines.plainText(c.content())).append(' ');
        }
        for (List<Block.TableCell> r : t.rows()) {
            for (Block.TableCell c : r) {
                text.append(Inlines.plainText(c.content())).append(' ');
            }
        }
        boolean rtl = passage.rtl(text.toString());
        out.raw("<w:tbl><w:tblPr>").val("w:tblStyle", "TableGrid");
        if (rtl) {
            out.raw("<w:bidiVisual/>"); // the first column on the right
        }
        out.raw("<w:tblW w:w=\"").raw(sum(widths)).raw("\" w:type=\"dxa\"/>");
        if (left > 0) {
            out.raw("<w:tblInd w:w=\"").raw(left).raw("\" w:type=\"dxa\"/>");
        }
        out.raw("<w:tblLayout w:type=\"fixed\"/>")
                .raw("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\""
                        + " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.raw("<w:gridCol w:w=\"").raw(w).raw("\"/>");
        }
        out.raw("</w:tblGrid>");
        row(t, t.header(), widths, true, rtl);
        for (List<Block.TableCell> r : t.rows()) {
            row(t, r, widths, false, rtl);
        }
        // A paragraph after the table keeps two adjacent tables from merging in Word, and ends a cell or note.
        out.raw("</w:tbl><w:p><w:pPr>").val("w:pStyle", "TableContents").raw("</w:pPr></w:p>").maybeFlush();
    }

    private void row(Block.Table t, List<Block.TableCell> cells, int[] widths, boolean header, boolean rtl) {
        out.raw(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int c = 0; c < widths.length; c++) {
            out.raw("<w:tc><w:tcPr><w:tcW w:w=\"").raw(widths[c]).raw("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr>")
                    .val("w:pStyle", "TableContents");
            if (rtl || c < cells.size() && passage.rtl(Inlines.plainText(cells.get(c).content()))) {
                out.raw("<w:bidi/>");
            }
            String jc = alignment(t.alignments().size() > c ? t.alignments().get(c) : Block.Alignment.DEFAULT);
            if (jc != null) {
                out.val("w:jc", jc);
            }
            out.raw("</w:pPr>");
            if (c < cells.size()) {
                List<Inline> content = cells.get(c).content();
                runs.get().write(header ? List.of(new Inline.Strong(content)) : content);
            }
            out.raw("</w:p></w:tc>");
        }
        out.raw("</w:tr>").maybeFlush();
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) {
            s += x;
        }
        return s;
    }

    /** Widths proportional to the square root of the longest text in each column, with a floor, summing to the total. */
    static int[] widths(Block.Table t, int total) {
        int n = Math.max(1, t.columns());
        double[] len = new double[n];
        java.util.Arrays.fill(len, 3);
        measure(t.header(), len, Integer.MAX_VALUE);
        for (List<Block.TableCell> row : t.rows()) {
            measure(row, len, 60);
        }
        double sum = 0;
        for (double l : len) {
            sum += Math.sqrt(l);
        }
        int[] w = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            w[c] = (int) Math.floor(total * Math.sqrt(len[c]) / sum);
            used += w[c];
        }
        w[n - 1] += total - used;
        return w;
    }

    private static void measure(List<Block.TableCell> row, double[] len, int cap) {
        for (int c = 0; c < row.size() && c < len.length; c++) {
            len[c] = Math.max(len[c], Math.min(cap, Inlines.plainText(row.get(c).content()).length()));
        }
    }

    private static String alignment(Block.Alignment a) {
        return switch (a) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case DEFAULT -> null;
        };
    }
}
