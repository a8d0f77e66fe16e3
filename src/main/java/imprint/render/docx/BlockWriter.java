package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Inline;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Writes blocks as Word paragraphs and tables. Every paragraph gets a named style; lists use
 * numbering instances from {@link ListNumbering}; headings carry bookmarks for internal links.
 */
final class BlockWriter implements Block.Visitor<Void> {
    /** Inherited paragraph context: the style for plain paragraphs and the list level. */
    private record Ctx(String style, int listLevel, BigInteger numId, boolean tight) {
    }

    private final DocxState state;
    private final ListNumbering numbering;
    private final Supplier<XWPFParagraph> newParagraph;
    private final XWPFDocument doc;
    private Ctx ctx;
    private boolean firstInItem;

    /**
     * @param doc          the document, for tables; null where tables cannot go (footnotes)
     * @param defaultStyle the style of plain paragraphs here (BodyText, FootnoteText ...)
     */
    BlockWriter(DocxState state, ListNumbering numbering, Supplier<XWPFParagraph> newParagraph, XWPFDocument doc,
                String defaultStyle) {
        this.state = state;
        this.numbering = numbering;
        this.newParagraph = newParagraph;
        this.doc = doc;
        this.ctx = new Ctx(defaultStyle, -1, null, false);
    }

    void write(List<Block> blocks) {
        for (Block b : blocks) {
            b.accept(this);
        }
    }

    /** A paragraph in the current context: list numbering for an item's first paragraph. */
    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = newParagraph.get();
        if (ctx.numId != null && firstInItem) {
            p.setStyle(ctx.style);
            CTNumPr num = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewNumPr();
            num.addNewIlvl().setVal(BigInteger.valueOf(ctx.listLevel));
            num.addNewNumId().setVal(ctx.numId);
            firstInItem = false;
        } else if (ctx.listLevel >= 0 && style.equals(ctx.style)) {
            p.setStyle("ListContinue");
        } else {
            p.setStyle(style);
        }
        return p;
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        XWPFParagraph p = paragraph("Heading" + h.level());
        CTP ct = p.getCTP();
        BigInteger id = null;
        String name = h.id().isEmpty() ? null : state.bookmarkFor(h.id());
        if (name != null) {
            id = state.nextBookmarkId();
            CTBookmark start = ct.addNewBookmarkStart();
            start.setId(id);
            start.setName(name);
        }
        new RunWriter(state, p).write(h.content());
        if (id != null) {
            ct.addNewBookmarkEnd().setId(id);
        }
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph para) {
        XWPFParagraph p = paragraph(ctx.style);
        new RunWriter(state, p).write(para.content());
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        Ctx saved = ctx;
        ctx = new Ctx("Quote", ctx.listLevel, ctx.numId, ctx.tight);
        write(q.blocks());
        ctx = saved;
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        list(l.items(), numbering.bullets(), l.tight() ? "ListBullet" : "ListBulletLoose", l.tight());
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        list(l.items(), numbering.numbered(Math.min(ctx.listLevel + 1, 8), l.start()),
                l.tight() ? "ListNumber" : "ListNumberLoose", l.tight());
        return null;
    }

    private void list(List<Block.ListItem> items, BigInteger numId, String style, boolean tight) {
        Ctx saved = ctx;
        int level = Math.min(ctx.listLevel + 1, 8); // Word has nine levels; deeper ones share the last
        ctx = new Ctx(style, level, numId, tight);
        for (Block.ListItem item : items) {
            firstInItem = true;
            if (item.task() != Block.Task.NONE) {
                String box = imprint.plan.DocumentPlan.taskBox(item.task()) + " ";
                List<Block> blocks = item.blocks();
                if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p0) {
                    java.util.List<Inline> content = new java.util.ArrayList<>();
                    content.add(new Inline.Text(box));
                    content.addAll(p0.content());
                    java.util.List<Block> rest = new java.util.ArrayList<>(blocks);
                    rest.set(0, new Block.Paragraph(content));
                    write(rest);
                } else {
                    write(blocks);
                }
            } else if (item.blocks().isEmpty()) {
                paragraph(style);
            } else {
                write(item.blocks());
            }
            if (firstInItem) {
                paragraph(style); // an item holding only non-paragraph blocks still shows its number
            }
        }
        firstInItem = false;
        ctx = saved;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        XWPFParagraph p = paragraph("SourceCode");
        new RunWriter(state, p).text(c.code());
        return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        paragraph("HorizontalRule");
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        if (doc == null) {
            // Footnotes cannot hold tables here: keep the content as paragraphs.
            for (Block.TableCell c : t.header()) {
                new RunWriter(state, paragraph(ctx.style)).write(c.content());
            }
            t.rows().forEach(r -> r.forEach(c -> new RunWriter(state, paragraph(ctx.style)).write(c.content())));
            return null;
        }
        TableWriter.write(doc, t, state);
        return null;
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        XWPFParagraph p = paragraph("Figure");
        new RunWriter(state, p).picture(f.source(), f.alt(), 6.5 * 72);
        if (!f.caption().isEmpty()) {
            XWPFParagraph cap = paragraph("Caption");
            new RunWriter(state, cap).text(f.caption());
        }
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // written into the footnotes part by the renderer
    }
}
