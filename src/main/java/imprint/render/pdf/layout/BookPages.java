package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.model.BookMatter;
import imprint.plan.CopyrightPage;
import imprint.plan.DocumentPlan;
import imprint.render.pdf.layout.book.BookPagination;
import imprint.render.pdf.layout.book.BookPagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A book's own pages and chapter openers, laid out as boxes for the paginator (which starts a
 * page at each {@link BookPagination#marker}): the half-title (the title alone, an artifact:
 * the title page says it again), the title page (the tagged title block and the publisher),
 * the copyright page (its lines at the foot, artifacts: the same facts are the file's
 * metadata), the dedication and the epigraph (tagged text, when the front matter gives them),
 * the contents; the chapter number above each chapter's title (an artifact; the heading's
 * text stays the title alone), a raised initial on each chapter's first paragraph (the first
 * letter larger, in the same word, so the word's text stays whole), and "About the Author"
 * as back matter.
 */
final class BookPages {
    /** Display pages start this far down the text height. */
    private static final double DISPLAY_SINK = 0.25;
    /** The raised initial's size, in body sizes. */
    static final double INITIAL = 2.6;

    private final DocumentPlan plan;
    private final FrontMatter front;
    private final FrontMatter.Column column;
    private final ParagraphLayout paragraphs;
    private final Structure structure;
    private final TypeScale type;
    private final double width;
    private final double textHeight;

    BookPages(DocumentPlan plan, FrontMatter front, FrontMatter.Column column, ParagraphLayout paragraphs,
              Structure structure, TypeScale type, double width, double textHeight) {
        this.plan = plan;
        this.front = front;
        this.column = column;
        this.paragraphs = paragraphs;
        this.structure = structure;
        this.type = type;
        this.width = width;
        this.textHeight = textHeight;
    }

    /** The front matter, from the half-title to the contents ({@code tocPages} null: none). */
    void front(Map<String, Integer> tocPages, int contentsDepth) {
        open(Page.HALF_TITLE, DISPLAY_SINK);
        Style big = Style.of(Face.SANS_BOLD, type.title() * 0.8);
        column.emit(front.center(List.of(new Run(plan.title(), big, null)), 1.2), 0);
        open(Page.TITLE, DISPLAY_SINK * 0.6);
        front.titleBlock(plan.metadata(), plan.title(), "");
        if (!plan.metadata().publisher().isBlank()) {
            Element p = structure.add(structure.root(), Role.PARAGRAPH);
            Style st = Style.of(Face.SANS, type.byline() * 0.9);
            column.emit(front.center(List.of(new Run(plan.metadata().publisher().strip(), st, p)), 1.3), textHeight * 0.3);
        }
        copyrightPage();
        BookMatter b = plan.bookMatter();
        if (!b.dedication().isBlank()) {
            open(Page.DEDICATION, DISPLAY_SINK);
            Element p = structure.add(structure.root(), Role.PARAGRAPH);
            column.emit(front.center(List.of(new Run(b.dedication().strip(), Style.of(Face.SERIF_ITALIC, type.body() * 1.1), p)),
                    1.5), 0);
        }
        if (!b.epigraph().isBlank()) {
            epigraph(b);
        }
        if (tocPages != null) {
            open(Page.CONTENTS, 0);
            front.contents(plan.outline().upTo(contentsDepth), tocPages);
        }
        if (plan.textBeforeFirstChapter()) {
            // Text before the first chapter starts a page of its own, not on the last display page.
            open(Page.TEXT, 0);
            column.keepNext(0);
        }
    }

    /** A box that opens a front-matter page and leaves {@code sink} of the text height blank. */
    private void open(Page page, double sink) {
        column.add(new VBox(textHeight * sink, 0, List.of(BookPagination.marker(page)), true, null));
        column.keepNext(1);
    }

    /** The copyright page: its lines small at the foot of the text area, as artifacts; present even when it has none. */
    private void copyrightPage() {
        List<String> lines = CopyrightPage.lines(plan);
        List<Op> ops = new ArrayList<>();
        ops.add(BookPagination.marker(Page.COPYRIGHT));
        double lead = 12;
        double height = textHeight - 1;
        double y = height - lead * (lines.size() - 1) - 3;
        for (String line : lines) {
            ops.add(new Op.Text(0, y, line, Style.of(Face.SERIF, 8.5), null));
            y += lead;
        }
        column.add(new VBox(height, 0, ops, true, null));
    }

    /** The epigraph: the quotation in italic, centred, its source below it after a dash; a tagged quote. */
    private void epigraph(BookMatter b) {
        open(Page.EPIGRAPH, DISPLAY_SINK);
        Element quote = structure.add(structure.root(), Role.BLOCK_QUOTE);
        Element p = structure.add(quote, Role.PARAGRAPH);
        column.emit(front.center(List.of(new Run(b.epigraph().strip(), Style.of(Face.SERIF_ITALIC, type.body()), p)), 1.45), 0);
        if (!b.epigraphSource().isBlank()) {
            Element s = structure.add(quote, Role.PARAGRAPH);
            column.emit(front.center(List.of(new Run("\u2014 " + b.epigraphSource().strip(), Style.of(Face.SERIF, type.body() * 0.92), s)),
                    1.45), 6);
        }
    }

    /**
     * A chapter heading's lines with the chapter number drawn above the title ("Chapter 3",
     * in the sink, so in the same box as the heading's destination and on its page).
     */
    List<VBox> opener(Block.Heading h, List<VBox> lines) {
        String label = plan.chapterLabel(h);
        if (label.isEmpty() || lines.isEmpty()) {
            return lines;
        }
        List<Op> ops = new ArrayList<>(lines.get(0).ops());
        ops.add(new Op.Text(0, -type.heading(1) * 0.9, label, Style.of(Face.SANS, type.body() * 1.05), null));
        List<VBox> out = new ArrayList<>(lines);
        out.set(0, lines.get(0).withOps(ops));
        return out;
    }

    /**
     * The first paragraph of a chapter with a raised initial: its first letter (with any
     * opening quote) larger, as a run of its own in the same word, so the word is one word to
     * line breaking, to the structure tree and to text extraction.
     */
    static List<Run> initial(List<Run> runs) {
        if (runs.isEmpty() || runs.get(0).image() != null) {
            return runs;
        }
        Run first = runs.get(0);
        String t = first.text();
        int end = 0;
        while (end < t.length() && !Character.isLetterOrDigit(t.codePointAt(end))) {
            end += Character.charCount(t.codePointAt(end));
        }
        if (end >= t.length() || Character.isWhitespace(t.charAt(0))) {
            return runs;
        }
        end += Character.charCount(t.codePointAt(end));
        Style st = first.style();
        List<Run> out = new ArrayList<>(runs.size() + 1);
        out.add(new Run(t.substring(0, end), new Style(st.face(), st.size() * INITIAL, st.link(), st.strike(), 0, st.gray()),
                first.owner()));
        if (end < t.length()) {
            out.add(new Run(t.substring(end), st, first.owner()));
        }
        out.addAll(runs.subList(1, runs.size()));
        return out;
    }

    /** "About the Author" on a page of its own after the last chapter, a level-1 heading and its paragraph. */
    void back() {
        String about = plan.bookMatter().aboutTheAuthor().strip();
        if (about.isEmpty()) {
            return;
        }
        Element heading = structure.heading(structure.root(), 1);
        String title = "About the Author";
        List<VBox> lines = new ArrayList<>(paragraphs.lay(List.of(new Run(title, Style.of(Face.SANS_BOLD, type.heading(1)), heading)),
                new ParagraphLayout.Spec(width, 0, 0, TypeScale.HEADING_LEADING, false, null)));
        List<Op> first = new ArrayList<>(lines.get(0).ops());
        first.add(new Op.Dest("about-the-author", 0, title, 1));
        lines.set(0, lines.get(0).withOps(first));
        column.emit(lines, 0);
        column.keepNext(2);
        for (String para : about.split("\\n\\s*\\n")) {
            Element p = structure.add(structure.root(), Role.PARAGRAPH);
            column.emit(paragraphs.lay(List.of(new Run(para.strip().replaceAll("\\s+", " "), Style.of(Face.SERIF, type.body()), p)),
                    new ParagraphLayout.Spec(width, 0, 0, TypeScale.LEADING, true, null)), type.body() * 1.2);
        }
    }
}
