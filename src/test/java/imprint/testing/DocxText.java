package imprint.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** The main text of a DOCX as POI reads it: body paragraphs and table cells in order, one per line. */
public final class DocxText {
    private DocxText() {
    }

    /**
     * The text, without note reference marks: neither Word's own ({@code w:footnoteReference})
     * nor a note's number written as text in the Footnote Reference style (a second reference).
     */
    public static String body(byte[] docx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, sb);
                } else if (e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> paragraph(p, sb))));
                }
            }
        }
        return sb.toString();
    }

    private static void paragraph(XWPFParagraph p, StringBuilder sb) {
        for (XWPFRun r : p.getRuns()) {
            if (!"FootnoteReference".equals(r.getStyle())) {
                sb.append(r.text());
            }
        }
        sb.append('\n');
    }
}
