package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Inlines;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in the Table Grid style with a grid (LibreOffice ignores widths without one), column
 * widths from the content and the page, a header row repeated on every page, and alignment.
 */
final class TableWriter {
    private TableWriter() {
    }

    static void write(XWPFDocument doc, Block.Table t, DocxState state) {
        int cols = Math.max(1, t.columns());
        int rows = 1 + t.rows().size();
        XWPFTable table = doc.createTable(rows, cols);
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        pr.addNewTblStyle().setVal("TableGrid");
        pr.getTblW().setType(STTblWidth.DXA);
        int total = (int) Math.round(state.textWidthPt() * 20);
        pr.getTblW().setW(BigInteger.valueOf(total));
        if (pr.getTblBorders() != null) {
            pr.unsetTblBorders(); // the style draws the borders
        }
        int[] widths = widths(t, total);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            List<Block.TableCell> cells = r == 0 ? t.header() : t.rows().get(r - 1);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tc.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                tc.getTcW().setType(STTblWidth.DXA);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle("TableContents");
                ParagraphAlignment a = alignment(t.alignments().isEmpty() ? Block.Alignment.DEFAULT : t.alignments().get(c));
                if (a != null) {
                    p.setAlignment(a);
                }
                if (c < cells.size()) {
                    RunWriter w = new RunWriter(state, p);
                    if (r == 0) {
                        w.write(List.of(new imprint.model.Inline.Strong(cells.get(c).content())));
                    } else {
                        w.write(cells.get(c).content());
                    }
                }
            }
        }
        // A paragraph after the table keeps two adjacent tables from merging in Word.
        doc.createParagraph().setStyle("TableContents");
    }

    /** Widths proportional to the longest text in each column, with a floor, summing to the total. */
    static int[] widths(Block.Table t, int total) {
        int n = Math.max(1, t.columns());
        double[] len = new double[n];
        for (int c = 0; c < n; c++) {
            len[c] = 3;
            if (c < t.header().size()) {
                len[c] = Math.max(len[c], Inlines.plainText(t.header().get(c).content()).length());
            }
            for (List<Block.TableCell> row : t.rows()) {
                if (c < row.size()) {
                    len[c] = Math.max(len[c], Math.min(60, Inlines.plainText(row.get(c).content()).length()));
                }
            }
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

    private static ParagraphAlignment alignment(Block.Alignment a) {
        switch (a) {
            case LEFT:
                return ParagraphAlignment.LEFT;
            case CENTER:
                return ParagraphAlignment.CENTER;
            case RIGHT:
                return ParagraphAlignment.RIGHT;
            default:
                return null;
        }
    }
}
