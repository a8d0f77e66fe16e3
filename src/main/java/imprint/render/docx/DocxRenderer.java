package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Footnotes;
import imprint.model.Inlines;
import imprint.model.Metadata;
import imprint.render.OutputFormat;
import imprint.render.Paper;
import imprint.render.RenderContext;
import imprint.render.RenderOptions;
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
    @Override
    public OutputFormat format() {
        return OutputFormat.DOCX;
    }

    @Override
    public void render(Document doc, RenderContext ctx, OutputStream out) throws IOException {
        Metadata m = doc.metadata();
        RenderOptions opts = ctx.options();
        try (DocxPackage.CommittableDocument d = new DocxPackage.CommittableDocument()) {
            DocxTemplate.install(d, lang(m), opts.referenceDocx());
            ListNumbering numbering = new ListNumbering();
            double textWidth = opts.referenceDocx() != null
                    ? ReferenceStyles.pageSetup(opts.referenceDocx(), d).orElseGet(() -> pageSetup(d, opts.paper()))
                    : pageSetup(d, opts.paper());
            DocxState state = new DocxState(ctx.resources(), ctx.diagnostics(), textWidth);
            List<DocxFields.TocEntry> toc = new ArrayList<>();
            for (Block b : doc.blocks()) {
                if (b instanceof Block.Heading h && !h.id().isEmpty()) {
                    String name = state.addBookmark(h.id());
                    if (h.level() <= 3) {
                        toc.add(new DocxFields.TocEntry(Inlines.plainText(h.content()).strip(), name, h.level()));
                    }
                }
            }
            footnotes(d, doc, state, numbering);
            Supplier<XWPFParagraph> body = d::createParagraph;
            titleBlock(d, m, ctx.title(m));
            boolean wantToc = opts.toc() == RenderOptions.Toc.ON
                    || opts.toc() == RenderOptions.Toc.AUTO && toc.size() >= 3;
            if (wantToc && !toc.isEmpty()) {
                DocxFields.toc(body, "Contents", toc);
            }
            new BlockWriter(state, numbering, body, d, "BodyText").write(doc.blocks());
            footer(d);
            Map<String, byte[]> parts = new HashMap<>();
            parts.put("/word/numbering.xml", numbering.part());
            if (opts.referenceDocx() == null) {
                parts.put("/word/styles.xml", DocxTemplate.stylesPart(lang(m)));
            }
            new DocxPackage(d, parts, DocxProperties.core(m, ctx.title(m), opts.timestamp()), DocxProperties.app())
                    .write(opts.timestamp(), out);
        }
    }

    /**
     * Loads the index of POI's OOXML schema types, the longest single start-up cost of a DOCX
     * (a tenth of a second). Only that: building a whole document here competed with the real
     * one for the second core and made short runs slower.
     */
    @Override
    public void warmUp() {
        try {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.type.getName();
        } catch (RuntimeException | LinkageError e) {
            // The real export reports any problem.
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
    private static void footnotes(XWPFDocument d, Document doc, DocxState state, ListNumbering numbering) {
        Footnotes notes = Footnotes.of(doc);
        if (notes.isEmpty()) {
            return;
        }
        d.createFootnotes();
        List<XWPFFootnote> created = new ArrayList<>();
        for (Block.FootnoteDefinition def : notes.inOrder()) {
            XWPFFootnote fn = d.createFootnote();
            state.putFootnote(def.label(), fn.getId());
            created.add(fn);
        }
        List<Block.FootnoteDefinition> defs = notes.inOrder();
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
