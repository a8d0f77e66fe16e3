package imprint.render.docx;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Complex fields with a cached result, so Word shows them filled in at once and never asks to
 * update fields: the table of contents and the page number.
 */
final class DocxFields {
    /** One entry of the table of contents. */
    record TocEntry(String text, String bookmark, int level) {
    }

    private DocxFields() {
    }

    /** A TOC field over levels 1-3 whose cached result already lists the headings as links. */
    static void toc(Supplier<XWPFParagraph> newParagraph, String heading, List<TocEntry> entries) {
        XWPFParagraph h = newParagraph.get();
        h.setStyle("TOCHeading");
        text(h.getCTP().addNewR(), heading);
        for (int i = 0; i < entries.size(); i++) {
            TocEntry e = entries.get(i);
            XWPFParagraph p = newParagraph.get();
            p.setStyle("TOC" + Math.max(1, Math.min(3, e.level())));
            CTP ct = p.getCTP();
            if (i == 0) {
                fieldStart(ct, " TOC \\o \"1-3\" \\h \\z \\u \\n ");
            }
            CTHyperlink link = ct.addNewHyperlink();
            link.setAnchor(e.bookmark());
            text(link.addNewR(), e.text());
            if (i == entries.size() - 1) {
                ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
    }

    /** A PAGE field showing "1" until the application computes it. */
    static void pageNumber(XWPFParagraph p) {
        CTP ct = p.getCTP();
        fieldStart(ct, " PAGE ");
        text(ct.addNewR(), "1");
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void fieldStart(CTP ct, String instruction) {
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = ct.addNewR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        ct.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    private static void text(CTR r, String s) {
        CTText t = r.addNewT();
        t.setStringValue(DocxText.clean(s));
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
}
