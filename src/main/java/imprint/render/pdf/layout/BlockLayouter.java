package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.model.Inlines;
import imprint.plan.DocumentPlan;
import imprint.plan.PlannedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the blocks of a document as a column of {@link VBox}es of the text width, adding
 * their elements to the document's {@link Structure} as it goes: title block, headings (kept
 * with what follows), justified paragraphs with widow and orphan control, quotes, code,
 * tables and figures; lists and notes through {@link ListLayout} and {@link NoteLayout}.
 */
public final class BlockLayouter implements Block.Visitor<Void> {
    static final double LEADING = TypeScale.LEADING;
    /** Heading levels listed in the contents. */
    private static final int CONTENTS_DEPTH = 2;

    /** What the layouter inherits going down: left indent, the parent element, text size, inside a quote. */
    record Ctx(double indent, Element parent, double size, boolean quote) {
    }

    /** Everything a note's layout must leave as it found it. */
    record Saved(Ctx ctx, boolean indentNext, int keepNext, int lastHeading) {
    }

    final Glyphs glyphs;
    final TypeScale type;
    final ParagraphLayout paragraphs;
    final double width;
    final double maxImageHeight;
    private final double textHeight;
    /** A book's pages and chapter openers, or null for an article. */
    private BookPages book;
    /** Whether the next paragraph opens a chapter (it gets the raised initial). */
    private boolean chapterStart;
    private final boolean justify;
    private final Hyphenation hyphenation;
    final DocumentPlan plan;
    final RunContext runs;
    final Structure structure;
    final Column column = new Column();
    final Mirror mirror = new Mirror();
    private final Tables tables;
    private final ListLayout lists;
    private final NoteLayout notes;
    private final EndnoteSection endnotes;
    private final FigureLayout figures = new FigureLayout(this);
    Ctx ctx;
    /** The last heading level given to an element; the title is level 1. */
    private int lastHeading = 1;
    boolean indentNext;
    /** {@link Column#added()} when the last heading ended: a heading right after it is chained to it. */
    private long headingEnd = -1;

    /**
     * @param hyphenator the document language's patterns, loaded by the caller (layout reads no files)
     * @param structure  where the document's elements are added, in document order
     */
    public BlockLayouter(Glyphs glyphs, PageGeometry page, Hyphenator hyphenator, boolean justify, DocumentPlan plan,
                         Structure structure) {
        this.glyphs = glyphs;
        this.type = page.type();
        this.paragraphs = new ParagraphLayout(glyphs);
        this.width = page.textWidth();
        this.maxImageHeight = page.textHeight() * 0.55;
        this.textHeight = page.textHeight();
        this.hyphenation = new Hyphenation(hyphenator);
        this.justify = justify;
        this.plan = plan;
        this.structure = structure;
        this.runs = new RunContext(plan, structure);
        this.ctx = new Ctx(0, structure.root(), type.body(), false);
        this.tables = new Tables(glyphs, paragraphs, type.table());
        this.lists = new ListLayout(this);
        this.notes = new NoteLayout(this);
        this.endnotes = new EndnoteSection(this, notes);
    }

    /** The patterns words are hyphenated with, by passage: the caller gives it its loader. */
    public Hyphenation hyphenation() {
        return hyphenation;
    }

    /** Lays out the whole document and returns all its boxes (for tests and small documents). */
    public List<VBox> layout() {
        return layout(null);
    }

    /** As {@link #layout(Map, Sink)}, collecting all boxes. */
    public List<VBox> layout(Map<String, Integer> tocPages) {
        List<VBox> all = new ArrayList<>();
        layout(tocPages, (boxes, newNotes) -> all.addAll(boxes));
        return all;
    }

    /**
     * Lays out the whole document into {@code sink}, with a table of contents after the title
     * block when {@code tocPages} is not null: heading id to page number (missing ids print as
     * "0", which keeps the same width, so a second pass with the real numbers paginates
     * identically).
     */
    public void layout(Map<String, Integer> tocPages, BoxSink sink) {
        FrontMatter front = new FrontMatter(paragraphs, glyphs, width, type, structure, column);
        book = plan.book() ? new BookPages(plan, front, column, paragraphs, structure, type, width, textHeight) : null;
        if (book != null) {
            book.front(tocPages, CONTENTS_DEPTH);
        } else {
            front.titleBlock(plan.metadata(), plan.title(), plan.displayDate());
            if (tocPages != null) {
                front.contents(plan.outline().upTo(CONTENTS_DEPTH), tocPages);
            }
        }
        indentNext = false;
        flush(sink, -1);
        List<Block> blocks = plan.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            imprint.diag.Checkpoint.check();
            structure.startBlock(i);
            blocks.get(i).accept(this);
            flush(sink, i);
        }
        structure.startBlock(-1);
        if (plan.options().endnotes()) {
            flush(sink, -1);
            endnotes.lay();
        }
        front.copyright(plan.metadata().copyright());
        if (book != null) {
            book.back();
        }
        flush(sink, -1);
    }

    /**
     * Hands the finished boxes to the sink. Blocks only change their own boxes, so once a
     * top-level block is done its boxes are final.
     */
    private void flush(BoxSink sink, int block) {
        if (column.isEmpty()) {
            return;
        }
        List<VBox> boxes = column.take();
        sink.accept(plan.options().endnotes() ? endnotes.markReferences(boxes) : boxes, notes.of(block));
    }

    Saved save() {
        return new Saved(ctx, indentNext, column.keepNext(), lastHeading);
    }

    void restore(Saved s) {
        ctx = s.ctx();
        indentNext = s.indentNext();
        column.keepNext(s.keepNext());
        lastHeading = s.lastHeading();
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        int lvl = h.level();
        Face face = lvl == 5 ? Face.SANS_BOLD_ITALIC : lvl == 6 ? Face.SANS_ITALIC : Face.SANS_BOLD;
        // Levels never skip one (PDF/UA 7.4.2 asks it of tags): a level-3 heading after the title is level 2.
        // An empty heading draws nothing and leaves no element, so it does not count.
        int level = Math.min(lvl, lastHeading + 1);
        Element heading = structure.heading(ctx.parent, level);
        List<Run> text = InlineRuns.of(h.content(), Style.of(face, type.heading(lvl)), heading, runs);
        List<VBox> lines = paragraphs.lay(text, mirror.apply(new ParagraphLayout.Spec(width, ctx.indent, 0, TypeScale.HEADING_LEADING, false, null)));
        if (lines.isEmpty()) {
            return null;
        }
        lastHeading = level;
        List<Op> first = new ArrayList<>(lines.get(0).ops());
        first.add(new Op.Dest(h.id(), 0, Inlines.plainText(h.content()).strip(), lvl));
        lines = new ArrayList<>(lines);
        // Chained headings (a chapter's title, then its first section's) move to a new page together.
        boolean chained = column.added() == headingEnd;
        lines.set(0, lines.get(0).withOps(first).withSpaceBefore(0));
        if (book != null && lvl == 1) {
            lines = book.opener(h, lines);
            chapterStart = ctx.parent == structure.root();
        }
        column.keepNext(chained ? 1 : 0);
        column.emit(lines, type.body() * (lvl <= 2 ? 1.9 : 1.33));
        // A heading never ends a page: its lines and the next two lines stay together.
        for (int i = column.size() - lines.size() + 1; i < column.size(); i++) {
            column.set(i, column.get(i).withBreakBefore(false));
        }
        column.keepNext(2);
        headingEnd = column.added();
        indentNext = false;
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
        Element para = structure.add(ctx.parent, Role.PARAGRAPH);
        Face face = ctx.quote ? Face.SERIF_ITALIC : Face.SERIF;
        List<Run> text = WireLines.opening(p, InlineRuns.withImages(p.content(), Style.of(face, ctx.size), para, runs), plan);
        text = chapterStart && ctx.parent == structure.root() ? BookPages.initial(text) : text;
        chapterStart = false;
        double first = indentNext && !ctx.quote ? ctx.size * 1.5 : 0;
        List<VBox> lines = paragraphs.lay(text, mirror.apply(new ParagraphLayout.Spec(width, ctx.indent, first, LEADING, justify, hyphenation.current())));
        column.emit(lines, indentNext ? 0 : ctx.size * 0.45);
        indentNext = true;
        return null;
    }

    /** A passage in another language or direction: a Div element with its /Lang, its blocks set in them. */
    @Override
    public Void visitDivision(Block.Division d) {
        List<Runnable> leave = List.of(hyphenation.enter(d.lang()), mirror.enter("rtl".equalsIgnoreCase(d.dir()), ctx.indent),
                glyphs.enter(d.lang(), d.dir()));
        Ctx saved = ctx;
        ctx = new Ctx(ctx.indent, structure.passage(ctx.parent, d.lang()), ctx.size, ctx.quote);
        d.blocks().forEach(b -> b.accept(this));
        ctx = saved;
        leave.forEach(Runnable::run);
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        Ctx saved = ctx;
        int from = column.size();
        Runnable unmirror = mirror.enter(Mirror.rtl(q.blocks(), glyphs), ctx.indent);
        ctx = new Ctx(ctx.indent + 18, structure.add(ctx.parent, Role.BLOCK_QUOTE), ctx.size, true);
        indentNext = false;
        for (Block b : q.blocks()) {
            b.accept(this);
        }
        // A rule in the margin of every line of the quote (page furniture, not content).
        column.ruleBeside(from, mirror.x(saved.indent + 8, 0, width));
        if (column.size() > from) {
            VBox b = column.get(from);
            column.set(from, b.withSpaceBefore(Math.max(b.spaceBefore(), 6)));
            column.keepTogether(from, 5);
        }
        unmirror.run();
        ctx = saved;
        indentNext = false;
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        lists.bullets(l);
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        lists.numbered(l);
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        column.emit(CodeLines.lay(glyphs, c.code(), type.code(), width, ctx.indent, structure.add(ctx.parent, Role.CODE)), ctx.size * 0.6);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        column.add(SceneBreak.box(glyphs, ctx.indent, width, ctx.size));
        column.keepNext(1);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        List<VBox> rows = tables.layout(t, width - ctx.indent, mirror.apply(new ParagraphLayout.Spec(width, ctx.indent, 0, 0, false, null)).indent(), structure.add(ctx.parent, Role.TABLE), runs);
        column.emit(rows, ctx.size * 0.7);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        figures.lay(f);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // set as numbered notes at the foot of the page that refers to them
    }

    /** Every footnote laid out so far, by number. */
    public Map<Integer, List<VBox>> footnotes() {
        return notes.all();
    }
}
