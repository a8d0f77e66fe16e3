package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import imprint.plan.Outline;
import imprint.render.OutputFormat;
import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes a DOCX the way a careful Word user builds one: every paragraph in a named built-in
 * style, real list numbering that restarts per list, native footnotes, bookmarks at headings,
 * a table of contents that is already filled in, page setup from the paper size and a page
 * number in the footer. Output bytes depend only on the document and the options.
 */
public final class DocxRenderer implements Renderer {
    /** Heading levels listed in the table of contents. */
    private static final int TOC_DEPTH = 3;

    @Override
    public OutputFormat format() {
        return OutputFormat.DOCX;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        Metadata m = plan.metadata();
        RenderOptions opts = plan.options();
        try (DocxPackage.CommittableDocument d = new DocxPackage.CommittableDocument()) {
            DocxTemplate.install(d, lang(m), opts.referenceDocx());
            ListNumbering numbering = new ListNumbering();
            double textWidth = opts.referenceDocx() != null
                    ? ReferenceStyles.pageSetup(opts.referenceDocx(), d).orElseGet(() -> pageSetup(d, opts.paper()))
                    : pageSetup(d, opts.paper());
            DocxState state = new DocxState(plan, textWidth);
            for (Outline.Entry e : plan.outline().entries()) {
                if (!e.id().isEmpty()) {
                    state.addBookmark(e.id());
                }
            }
            List<DocxFields.TocEntry> toc = new ArrayList<>();
            for (Outline.Entry e : plan.outline().upTo(TOC_DEPTH)) {
                toc.add(new DocxFields.TocEntry(e.text(), state.bookmarkFor(e.id()), e.level()));
            }
            footnotes(d, plan, state, numbering);
            Supplier<XWPFParagraph> body = d::createParagraph;
            titleBlock(d, m, plan.title());
            boolean wantToc = opts.toc() == RenderOptions.Toc.ON
                    || opts.toc() == RenderOptions.Toc.AUTO && toc.size() >= 3;
            if (wantToc && !toc.isEmpty()) {
                DocxFields.toc(body, "Contents", toc);
            }
            new BlockWriter(state, numbering, body, d, "BodyText").write(plan.blocks());
            footer(d);
            Map<String, byte[]> parts = new HashMap<>();
            parts.put("/word/numbering.xml", numbering.part());
            if (opts.referenceDocx() == null) {
                parts.put("/word/styles.xml", DocxTemplate.stylesPart(lang(m)));
            }
            new DocxPackage(d, parts, DocxProperties.core(m, plan.title(), plan.timestamp()), DocxProperties.app())
                    .write(plan.timestamp(), out);
        }
    }

    private static String lang(Metadata m) {
        String l = m.languageOrDefault();
        return l.equals("en") ? "en-US" : l;
    }

    /** Sets the page size and margins; returns the text width in points. */
    private static double pageSetup(XWPFDocument d, Paper paper) {
        CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(paper.width() * 20)));
        size.setH(BigInteger.valueOf(Math.round(paper.height() * 20)));
        double margin = Math.min(72, Math.max(42, paper.width() * 0.12));
        long twips = Math.round(margin * 20);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips));
        mar.setBottom(BigInteger.valueOf(twips));
        mar.setLeft(BigInteger.valueOf(twips));
        mar.setRight(BigInteger.valueOf(twips));
        mar.setHeader(BigInteger.valueOf(708));
        mar.setFooter(BigInteger.valueOf(708));
        mar.setGutter(BigInteger.ZERO);
        return paper.width() - 2 * margin;
    }

    private static void titleBlock(XWPFDocument d, Metadata m, String title) {
        styled(d, "Title", title);
        if (!m.subtitle().isBlank()) {
            styled(d, "Subtitle", m.subtitle());
        }
        if (!m.authors().isEmpty()) {
            styled(d, "Author", String.join(", ", m.authors()));
        }
        if (!m.date().isBlank()) {
            styled(d, "Date", m.date());
        }
    }

    private static void styled(XWPFDocument d, String style, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle(style);
        CTText t = p.getCTP().addNewR().addNewT();
        t.setStringValue(DocxText.clean(text));
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    /** Creates every referenced footnote (ids first, so notes may refer to notes), then fills them. */
    private static void footnotes(XWPFDocument d, DocumentPlan plan, DocxState state, ListNumbering numbering) {
        Notes notes = plan.notes();
        if (notes.isEmpty()) {
            return;
        }
        d.createFootnotes();
        List<XWPFFootnote> created = new ArrayList<>();
        for (Notes.Note note : notes.inOrder()) {
            XWPFFootnote fn = d.createFootnote();
            state.putFootnote(note.label(), fn.getId());
            created.add(fn);
        }
        List<Block.FootnoteDefinition> defs = notes.inOrder().stream().map(Notes.Note::definition).toList();
        for (int i = 0; i < defs.size(); i++) {
            XWPFFootnote fn = created.get(i);
            XWPFParagraph first = fn.getParagraphs().isEmpty() ? fn.createParagraph() : fn.getParagraphs().get(0);
            first.setStyle("FootnoteText");
            fn.ensureFootnoteRef(first);
            first.getCTP().addNewR().addNewT().setStringValue(" ");
            boolean[] used = {false};
            Supplier<XWPFParagraph> next = () -> {
                if (!used[0]) {
                    used[0] = true;
                    return first;
                }
                XWPFParagraph p = fn.createParagraph();
                p.setStyle("FootnoteText");
                return p;
            };
            new BlockWriter(state, numbering, next, null, "FootnoteText").write(defs.get(i).blocks());
        }
    }

    private static void footer(XWPFDocument d) {
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        DocxFields.pageNumber(p);
    }
}
