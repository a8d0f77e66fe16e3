package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.model.Inlines;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import imprint.plan.PlannedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the blocks of a document as a column of {@link VBox}es of the text width, building
 * the structure tree as it goes: title block, headings (kept with what follows), justified
 * paragraphs with widow and orphan control, lists, quotes, code, tables, figures and the notes.
 */
public final class BlockLayouter implements Block.Visitor<Void> {
    static final double BODY = 10.5;
    static final double LEADING = 1.38;
    /** Heading levels listed in the contents. */
    private static final int CONTENTS_DEPTH = 2;

    /** What the layouter inherits going down: left indent and the structure parent. */
    private record Ctx(double indent, Tag parent, double size, boolean quote) {
    }

    private final Glyphs glyphs;
    private final ParagraphLayout paragraphs;
    private final double width;
    private final double maxImageHeight;
    private final Hyphenator hyphenator;
    private final boolean justify;
    private final DocumentPlan plan;
    private final RunContext runs;
    private final List<VBox> out = new ArrayList<>();
    private final Map<Integer, List<VBox>> laidNotes = new HashMap<>();
    private final Tables tables;
    private Ctx ctx;
    private int keepNext;
    /** The last heading level used in the structure tree; the title is H1. */
    private int lastHeadingTag = 1;
    private boolean indentNext;

    public BlockLayouter(Glyphs glyphs, PageGeometry page, Hyphenator hyphenator, boolean justify, DocumentPlan plan,
                         Tag root) {
        this.glyphs = glyphs;
        this.paragraphs = new ParagraphLayout(glyphs);
        this.width = page.textWidth();
        this.maxImageHeight = page.textHeight() * 0.55;
        this.hyphenator = hyphenator;
        this.justify = justify;
        this.plan = plan;
        this.runs = new RunContext(plan);
        this.ctx = new Ctx(0, root, BODY, false);
        this.tables = new Tables(glyphs, paragraphs);
    }

    /**
     * Receives the layout a top-level block at a time, so that pages can be filled and drawn
     * while the rest of the document is still being laid out and memory stays bounded by the
     * longest block, not the document.
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param boxes    the boxes of one top-level block (or of the title block)
         * @param newNotes the footnotes these boxes are the first to reference, by number
         */
        void accept(List<VBox> boxes, Map<Integer, List<VBox>> newNotes);
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
    public void layout(Map<String, Integer> tocPages, Sink sink) {
        FrontMatter front = new FrontMatter(paragraphs, glyphs, width, ctx.parent, new FrontMatter.Column() {
            @Override
            public void emit(List<VBox> boxes, double spaceBefore) {
                BlockLayouter.this.emit(boxes, spaceBefore);
            }

            @Override
            public void add(VBox box) {
                out.add(box);
            }

            @Override
            public void keepNext(int lines) {
                keepNext = lines;
            }
        });
        front.titleBlock(plan.metadata(), plan.title());
        if (tocPages != null) {
            front.contents(plan.outline().upTo(CONTENTS_DEPTH), tocPages);
        }
        indentNext = false;
        flush(sink, -1);
        List<Block> blocks = plan.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            imprint.diag.Checkpoint.check();
            blocks.get(i).accept(this);
            flush(sink, i);
        }
    }

    /**
     * Hands the finished boxes to the sink. Blocks only change their own boxes, so once a
     * top-level block is done its boxes are final.
     */
    private void flush(Sink sink, int block) {
        if (out.isEmpty()) {
            return;
        }
        List<VBox> boxes = List.copyOf(out);
        out.clear();
        sink.accept(boxes, notesOf(block));
    }

    /** Adds boxes; the first gets the space before it; keep-with-next and orphans are applied. */
    private void emit(List<VBox> boxes, double spaceBefore) {
        int n = boxes.size();
        for (int i = 0; i < n; i++) {
            VBox b = boxes.get(i);
            boolean allowed = i == 0 || (i >= 2 && n - i >= 2);
            if (keepNext > 0) {
                allowed = false;
                keepNext--;
            }
            out.add(new VBox(b.height(), i == 0 ? spaceBefore : 0, b.ops(), allowed, b.header(), b.notes()));
        }
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        double[] sizes = {17, 14, 12, 11, 10.5, 10.5};
        int lvl = h.level();
        Face face = lvl == 5 ? Face.SANS_BOLD_ITALIC : lvl == 6 ? Face.SANS_ITALIC : Face.SANS_BOLD;
        // Tagged levels never skip one (PDF/UA 7.4.2): a level-3 heading after the title is an H2.
        // An empty heading draws nothing and leaves no element, so it does not count.
        int tagLevel = Math.min(lvl, lastHeadingTag + 1);
        Tag tag = ctx.parent.child("H" + tagLevel);
        List<Run> text = InlineRuns.of(h.content(), Style.of(face, sizes[lvl - 1]), tag, runs);
        List<VBox> lines = paragraphs.lay(text, new ParagraphLayout.Spec(width, ctx.indent, 0, 1.25, false, null));
        if (lines.isEmpty()) {
            return null;
        }
        lastHeadingTag = tagLevel;
        List<Op> first = new ArrayList<>(lines.get(0).ops());
        first.add(new Op.Dest(h.id(), 0, Inlines.plainText(h.content()).strip(), lvl));
        lines = new ArrayList<>(lines);
        lines.set(0, lines.get(0).withOps(first).withSpaceBefore(0).withBreakBefore(true));
        keepNext = 0;
        emit(lines, lvl <= 2 ? 20 : 14);
        // A heading never ends a page: its lines and the next two lines stay together.
        for (int i = out.size() - lines.size() + 1; i < out.size(); i++) {
            out.set(i, out.get(i).withBreakBefore(false));
        }
        keepNext = 2;
        indentNext = false;
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
        Tag tag = ctx.parent.child("P");
        Face face = ctx.quote ? Face.SERIF_ITALIC : Face.SERIF;
        List<Run> text = InlineRuns.withImages(p.content(), Style.of(face, ctx.size), tag, runs);
        double first = indentNext && !ctx.quote ? ctx.size * 1.5 : 0;
        List<VBox> lines = paragraphs.lay(text, new ParagraphLayout.Spec(width, ctx.indent, first, LEADING, justify, hyphenator));
        emit(lines, indentNext ? 0 : ctx.size * 0.45);
        indentNext = true;
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        Ctx saved = ctx;
        int from = out.size();
        ctx = new Ctx(ctx.indent + 18, ctx.parent.child("BlockQuote"), ctx.size, true);
        indentNext = false;
        for (Block b : q.blocks()) {
            b.accept(this);
        }
        // A rule in the margin of every line of the quote (page furniture, not content).
        double x = saved.indent + 8;
        for (int i = from; i < out.size(); i++) {
            VBox b = out.get(i);
            List<Op> ops = new ArrayList<>(b.ops());
            ops.add(new Op.Rule(x, -b.spaceBefore() * 0, x, b.height(), 1.2, 0.6f));
            out.set(i, b.withOps(ops));
        }
        if (out.size() > from) {
            VBox b = out.get(from);
            out.set(from, b.withSpaceBefore(Math.max(b.spaceBefore(), 6)));
            keepTogether(from, 5);
        }
        ctx = saved;
        indentNext = false;
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        int depth = (int) Math.round(ctx.indent / 18);
        String[] marks = {"\u2022", "\u2013", "\u25E6"};
        list(l.items(), i -> marks[depth % 3], l.tight());
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        list(l.items(), i -> (l.start() + i) + ".", l.tight());
        return null;
    }

    private void list(List<Block.ListItem> items, java.util.function.IntFunction<String> label, boolean tight) {
        Ctx saved = ctx;
        Tag list = ctx.parent.child("L");
        double labelWidth = 18;
        for (int i = 0; i < items.size(); i++) {
            Block.ListItem item = items.get(i);
            Tag li = list.child("LI");
            Tag lbl = li.child("Lbl");
            Tag body = li.child("LBody");
            String mark = label.apply(i);
            if (item.task() != Block.Task.NONE) {
                mark = DocumentPlan.taskBox(item.task());
            }
            int from = out.size();
            ctx = new Ctx(saved.indent + labelWidth, body, saved.size, saved.quote);
            indentNext = false;
            double before = i == 0 ? saved.size * 0.5 : tight ? 1 : saved.size * 0.4;
            for (Block b : item.blocks()) {
                b.accept(this);
            }
            if (out.size() == from) {
                out.add(new VBox(saved.size * LEADING, 0, List.of(), true, null));
            }
            keepTogether(from, 4);
            VBox first = out.get(from);
            List<Op> ops = new ArrayList<>(first.ops());
            Style st = Style.of(Face.SERIF, saved.size);
            double baseline = firstBaseline(first, saved.size);
            Glyphs.Piece lp = glyphs.split(mark, Face.SERIF).get(0);
            Face lf = lp.face();
            mark = lp.text();
            double lw = glyphs.fonts().metrics(lf).width(mark, saved.size);
            // The label comes first in the content stream, as it is read first.
            ops.add(0, new Op.Text(saved.indent + labelWidth - 5 - lw, baseline, mark, st.withFace(lf), lbl.mark()));
            out.set(from, first.withOps(ops).withSpaceBefore(tight && i > 0 ? 1 : before));
        }
        ctx = saved;
        indentNext = false;
    }

    /** A short run of boxes (a list item, a short quote) is not split across pages. */
    private void keepTogether(int from, int maxLines) {
        if (out.size() - from <= maxLines) {
            for (int i = from + 1; i < out.size(); i++) {
                out.set(i, out.get(i).withBreakBefore(false));
            }
        }
    }

    static double firstBaseline(VBox b, double fallback) {
        for (Op op : b.ops()) {
            if (op instanceof Op.Text t) {
                return t.y();
            }
        }
        return fallback;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        emit(CodeLines.lay(glyphs, c.code(), width, ctx.indent, ctx.parent.child("Code")), ctx.size * 0.6);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        double mid = (width + ctx.indent) / 2;
        out.add(new VBox(ctx.size * 1.6, 0, List.of(new Op.Rule(mid - 40, ctx.size * 0.8, mid + 40, ctx.size * 0.8, 0.6, 0.4f)),
                keepNext == 0, null));
        indentNext = false;
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        List<VBox> rows = tables.layout(t, width - ctx.indent, ctx.indent, ctx.parent.child("Table"), runs);
        emit(rows, ctx.size * 0.7);
        indentNext = false;
        return null;
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        Tag fig = ctx.parent.child("Figure").alt(f.alt().isEmpty() ? f.caption() : f.alt());
        Optional<PlannedImage> img = plan.image(f.source());
        if (img.isPresent()) {
            PlannedImage p = img.get();
            double scale = p.scaleToFit(width - ctx.indent, maxImageHeight, 2.0);
            double dw = p.widthPt() * scale;
            double dh = p.heightPt() * scale;
            double x = ctx.indent + (width - ctx.indent - dw) / 2;
            out.add(new VBox(dh, ctx.size * 0.8, List.of(new Op.Image(x, 0, dw, dh, p.resource(), fig.mark())),
                    keepNext == 0, null));
            keepNext = 0;
        } else {
            List<Run> placeholder = List.of(new Run(DocumentPlan.imagePlaceholder(f.alt()),
                    Style.of(Face.SERIF_ITALIC, ctx.size), fig.child("P")));
            emit(paragraphs.lay(placeholder, new ParagraphLayout.Spec(width, ctx.indent, 0, LEADING, false, null, true)), ctx.size * 0.6);
        }
        if (!f.caption().isEmpty()) {
            Tag cap = fig.child("Caption");
            List<Run> caption = List.of(new Run(f.caption(), Style.of(Face.SERIF_ITALIC, ctx.size * 0.9), cap));
            List<VBox> lines = paragraphs.lay(caption, new ParagraphLayout.Spec(width, ctx.indent, 0, LEADING, false, null, true));
            keepNext = 1; // the caption stays with its image
            emit(lines, 4);
        }
        indentNext = false;
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // set as numbered notes at the end
    }

    /** Every footnote laid out so far, by number. */
    public Map<Integer, List<VBox>> footnotes() {
        return Collections.unmodifiableMap(laidNotes);
    }

    /**
     * Lays out each footnote that belongs to this top-level block, once, as a Note element inside
     * the element that first refers to it; the paginator sets them at the foot of the page of
     * the reference.
     */
    private Map<Integer, List<VBox>> notesOf(int block) {
        List<Notes.Note> belonging = block < 0 ? List.of() : plan.notes().belongingTo(block);
        if (belonging.isEmpty()) {
            return Map.of();
        }
        Ctx saved = ctx;
        boolean savedIndent = indentNext;
        int savedKeep = keepNext;
        int savedHeading = lastHeadingTag;
        Map<Integer, List<VBox>> fresh = new HashMap<>();
        for (Notes.Note belongs : belonging) {
            int n = belongs.number();
            Tag note = runs.referrer(n, saved.parent).child("Note");
            ctx = new Ctx(12, note, 8.5, false);
            indentNext = false;
            keepNext = 0;
            out.clear();
            for (Block b : belongs.definition().blocks()) {
                b.accept(this);
            }
            if (out.isEmpty()) {
                out.add(new VBox(8.5 * LEADING, 0, List.of(), true, null));
            }
            VBox first = out.get(0);
            List<Op> ops = new ArrayList<>(first.ops());
            ops.add(0, new Op.Text(0, firstBaseline(first, 8.5), n + ".", Style.of(Face.SERIF, 8.5), note.child("Lbl").mark()));
            ops.add(new Op.Dest("fn-" + n, 0, null, 0));
            out.set(0, first.withOps(ops).withSpaceBefore(2));
            List<VBox> lines = List.copyOf(out);
            fresh.put(n, lines);
            laidNotes.put(n, lines);
        }
        out.clear();
        ctx = saved;
        indentNext = savedIndent;
        keepNext = savedKeep;
        lastHeadingTag = savedHeading;
        return fresh;
    }
}
