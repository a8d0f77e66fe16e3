package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes blocks as Word paragraphs and tables. Every paragraph gets a named style; lists use
 * numbering instances from {@link ListNumbering}; headings carry bookmarks for internal links.
 *
 * <p>Nesting is kept as indentation, the way Word users nest: a quote is the Quote style, a
 * quote inside it the same style indented one step further (pandoc reads the step back as a
 * nested quote), and a list inside a quote, or a quote inside a list item, is indented with
 * its container. Recursion follows the document's nesting, which the readers cap at 64.
 */
final class BlockWriter implements Block.Visitor<Void> {
    /** One step of quote indentation, and the Quote style's own indentation, in twips. */
    static final int QUOTE_STEP = 720;
    /** The indentation of a top-level list's text, and each deeper level's step (Word's defaults). */
    static final int LIST_INDENT = 720;
    static final int LIST_STEP = 360;
    static final int HANGING = 360;

    /**
     * Inherited paragraph context.
     *
     * @param style     the style of plain paragraphs here
     * @param left      the left edge of content here, in twips from the margin
     * @param quotes    how many quotes enclose this content
     * @param listLevel the enclosing list level (0-8), or -1 outside lists
     * @param inItem    whether the nearest container is a list item (its later paragraphs
     *                  are List Continue)
     */
    private record Ctx(String style, int left, int quotes, int listLevel, boolean inItem) {
    }

    private final DocxState state;
    private final ListNumbering numbering;
    private final Xml out;
    private final PartRels rels;
    private final Consumer<Notes.Note> innerNotes;
    private Ctx ctx;
    /** Written at the start of the next paragraph's content (a footnote's number). */
    private Runnable prefix;
    /** Whether a paragraph has been written: the first chapter needs no page of its own. */
    private boolean started;

    /**
     * @param rels         the relationships of the part being written
     * @param innerNotes   where notes referenced from inside a note go; null in the main text
     * @param defaultStyle the style of plain paragraphs here (BodyText, FootnoteText ...)
     */
    BlockWriter(DocxState state, ListNumbering numbering, Xml out, PartRels rels, Consumer<Notes.Note> innerNotes,
                String defaultStyle) {
        this.state = state;
        this.numbering = numbering;
        this.out = out;
        this.rels = rels;
        this.innerNotes = innerNotes;
        this.ctx = new Ctx(defaultStyle, 0, 0, -1, false);
    }

    void write(List<Block> blocks) {
        for (Block b : blocks) {
            imprint.diag.Checkpoint.check();
            b.accept(this);
        }
    }

    /** Content written at the start of the next paragraph (after its properties). */
    void prefixNextParagraph(Runnable content) {
        prefix = content;
    }

    /** Writes a pending prefix in a paragraph of its own (a note with no paragraph of text). */
    void flushPrefix() {
        if (prefix != null) {
            start(ctx.style, Props.NONE);
            end();
        }
    }

    private final Passage passage = new Passage();

    RunWriter runs() {
        return new RunWriter(state, out, rels, innerNotes).language(passage.lang());
    }

    @Override
    public Void visitDivision(Block.Division d) {
        Runnable restore = passage.enter(d);
        write(d.blocks());
        restore.run();
        return null;
    }

    /** Opens a paragraph in a style and writes any pending prefix; the caller writes runs and {@link #end()}. */
    private void start(String style, Props p) {
        started = true;
        p.write(out, style, passage.takeRtl());
        if (prefix != null) {
            Runnable r = prefix;
            prefix = null;
            r.run();
        }
    }

    private void end() {
        out.raw("</w:p>").maybeFlush();
    }

    /**
     * The direct indentation a paragraph of this style needs here, beyond what its style
     * gives: none at the top level and in a first-level quote (the style has it), the
     * container's edge elsewhere.
     */
    private Props indented(String style) {
        if (ctx.left == 0 || ctx.quotes == 1 && ctx.listLevel < 0 && !ctx.inItem && style.equals("Quote")) {
            return Props.NONE;
        }
        int right = ctx.quotes > 0 ? QUOTE_STEP : -1;
        return Props.NONE.withIndent(ctx.left, 0, right);
    }

    /** The paragraph the dateline opens, its words in the Dateline character style (small capitals), as a newspaper sets them. */
    private void dateline(Block.Paragraph para) {
        String s = ctx.inItem ? "ListContinue" : ctx.style;
        start(s, indented(s));
        runs().dateline(state.plan().metadata().dateline().text(), para.content());
        end();
    }

    /** A paragraph of inline content in the current context. */
    private void paragraph(String style, List<Inline> content) {
        String s = ctx.inItem ? "ListContinue" : style;
        passage.paragraph(content);
        start(s, indented(s));
        runs().write(content);
        end();
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        if (state.profile().sceneBreaks() && Inlines.plainText(h.content()).isBlank()) {
            return visitThematicBreak(new Block.ThematicBreak()); // a line holding only "#": the manuscript's scene break
        }
        Props p = Props.NONE;
        if (state.sections() != null && h.level() == 1 && innerNotes == null) {
            state.sections().chapter(out); // a book's chapter opens its own section
            p = BookPages.opener(out, state.plan(), h);
        }
        if (state.profile().chapterOnNewPage() && h.level() == 1 && innerNotes == null) {
            // Chapters start on a new page; the first one follows the title block at once.
            p = started ? new Props(true, 0, -1, -1, -1, 0, -1, null) : new Props(false, 0, -1, 0, -1, 0, -1, null);
        }
        passage.paragraph(h.content());
        start("Heading" + h.level(), p);
        String name = h.id().isEmpty() ? null : state.claimBookmark(h.id());
        long id = 0;
        if (name != null) {
            id = state.nextBookmarkId();
            out.raw("<w:bookmarkStart w:id=\"").raw(id).raw("\" w:name=\"").attr(name).raw("\"/>");
        }
        runs().write(h.content());
        if (name != null) {
            out.raw("<w:bookmarkEnd w:id=\"").raw(id).raw("\"/>");
        }
        end();
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph para) {
        if (para == state.plan().datelineParagraph() && innerNotes == null) {
            dateline(para);
        } else {
            paragraph(ctx.style, para.content());
        }
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        Ctx saved = ctx;
        ctx = new Ctx("Quote", ctx.left + QUOTE_STEP, ctx.quotes + 1, ctx.listLevel, false);
        write(q.blocks());
        ctx = saved;
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        list(l.items(), numbering.bullets(), l.tight() ? "ListBullet" : "ListBulletLoose");
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        list(l.items(), numbering.numbered(level(), l.start()), l.tight() ? "ListNumber" : "ListNumberLoose");
        return null;
    }

    /** The level of a list opened here: Word has nine; deeper ones share the last. */
    private int level() {
        return Math.min(ctx.listLevel + 1, 8);
    }

    private void list(List<Block.ListItem> items, int numId, String style) {
        Ctx saved = ctx;
        int level = level();
        int left = ctx.left + (ctx.listLevel >= 0 ? LIST_STEP : LIST_INDENT);
        // Word's numbering puts level n's text at 720 + 360 n; elsewhere (in a quote, a deeper
        // list in a quote) the paragraph says where it is.
        boolean numberingIndent = left == LIST_INDENT + LIST_STEP * level;
        ctx = new Ctx(ctx.style, left, ctx.quotes, level, true);
        for (Block.ListItem item : items) {
            List<Block> blocks = item.blocks();
            String box = item.task() == Block.Task.NONE ? "" : DocumentPlan.taskBox(item.task()) + " ";
            Props number = new Props(false, numId, level, -1, numberingIndent ? -1 : left, numberingIndent ? 0 : HANGING,
                    -1, null);
            List<Block> rest = blocks;
            passage.paragraph(!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p ? p.content() : List.of());
            start(style, number);
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                List<Inline> content = new ArrayList<>();
                if (!box.isEmpty()) {
                    content.add(new Inline.Text(box));
                }
                content.addAll(first.content());
                runs().write(content);
                rest = blocks.subList(1, blocks.size());
            } else if (!box.isEmpty()) {
                runs().text(box); // the number (and box) first, then the item's other blocks
            }
            end();
            write(rest);
        }
        ctx = saved;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        start("SourceCode", ctx.left == 0 ? Props.NONE : Props.NONE.withIndent(ctx.left, 0, -1));
        runs().text(c.code().endsWith("\n") ? c.code().substring(0, c.code().length() - 1) : c.code());
        end();
        return null;
    }

    /** The standard profile's scene-break ornament: three asterisks parted by em spaces. */
    static final String SCENE_BREAK = "*\u2003*\u2003*";

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        // A scene break: the manuscript's centred "#" (what editors expect), else a centred
        // asterism of spaced asterisks, which every font has.
        start("SceneBreak", Props.NONE);
        runs().text(state.profile().sceneBreaks() ? "#" : SCENE_BREAK);
        end();
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        flushPrefix(); // a note that opens with a table: its number stands before it
        new TableWriter(state, out, this::runs, passage).write(t, ctx.left);
        return null;
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        start("Figure", Props.NONE);
        runs().picture(f.source(), f.alt(), 6.5 * 72);
        end();
        if (!f.credit().isBlank()) {
            // small and right-aligned under the photo, as newspapers print it
            start("PhotoCredit", Props.NONE);
            runs().text(f.credit());
            end();
        }
        if (!f.caption().isEmpty()) {
            start("Caption", Props.NONE);
            runs().text(f.caption());
            end();
        }
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // written into the footnotes part
    }
}
