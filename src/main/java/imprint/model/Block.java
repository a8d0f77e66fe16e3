package imprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Block content: the vertical structure of a document. The hierarchy is closed; renderers
 * implement {@link Visitor}, so adding a node type breaks every renderer until it handles it.
 */
public sealed interface Block {

    <R> R accept(Visitor<R> visitor);

    /** One method per block node type. */
    interface Visitor<R> {
        R visitHeading(Heading heading);

        R visitParagraph(Paragraph paragraph);

        R visitBlockQuote(BlockQuote blockQuote);

        R visitBulletList(BulletList bulletList);

        R visitOrderedList(OrderedList orderedList);

        R visitCodeBlock(CodeBlock codeBlock);

        R visitThematicBreak(ThematicBreak thematicBreak);

        R visitTable(Table table);

        R visitFigure(Figure figure);

        R visitFootnoteDefinition(FootnoteDefinition footnoteDefinition);

        R visitDivision(Division division);
    }

    /**
     * A section heading.
     *
     * @param level   1 to 6
     * @param content the heading text
     * @param id      a document-unique identifier for links and bookmarks (empty until the
     *                identifiers transform has run)
     */
    record Heading(int level, List<Inline> content, String id) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6, was " + level);
            }
            content = List.copyOf(content);
            Objects.requireNonNull(id, "id");
        }

        public Heading withId(String newId) {
            return new Heading(level, content, newId);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitHeading(this);
        }
    }

    /** A paragraph of running text. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitParagraph(this);
        }
    }

    /** A quotation made of blocks. */
    record BlockQuote(List<Block> blocks) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBlockQuote(this);
        }
    }

    /**
     * Blocks in a language or direction of their own (Markdown: a fenced div
     * {@code ::: {lang=he dir=rtl}}).
     *
     * @param lang a BCP 47 tag, or "" when only the direction is given
     * @param dir  "rtl", "ltr" or "" (then each paragraph's first strong character decides)
     */
    record Division(String lang, String dir, List<Block> blocks) implements Block {
        public Division {
            lang = lang == null ? "" : lang;
            dir = dir == null ? "" : dir;
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitDivision(this);
        }
    }

    /** Whether a list item is a task and, if so, whether it is done. */
    enum Task { NONE, OPEN, DONE }

    /** One item of a bullet or ordered list. */
    record ListItem(List<Block> blocks, Task task) implements Block.Part {
        public ListItem {
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(task, "task");
        }

        public ListItem(List<Block> blocks) {
            this(blocks, Task.NONE);
        }
    }

    /**
     * A bullet list.
     *
     * @param tight true when the source list has no blank lines between items (render compactly)
     */
    record BulletList(List<ListItem> items, boolean tight) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitBulletList(this);
        }
    }

    /** A numbered list starting at {@code start}. */
    record OrderedList(int start, List<ListItem> items, boolean tight) implements Block {
        public OrderedList {
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitOrderedList(this);
        }
    }

    /** Verbatim code; {@code language} is the info string's first word or empty. */
    record CodeBlock(String language, String code) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitCodeBlock(this);
        }
    }

    /** A thematic break (a scene break or horizontal rule). */
    record ThematicBreak() implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitThematicBreak(this);
        }
    }

    /** Column alignment of a table. */
    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    /** One table cell: inline content only (as in GFM). */
    record TableCell(List<Inline> content) implements Block.Part {
        public TableCell {
            content = List.copyOf(content);
        }
    }

    /**
     * A table. Every row, header included, has exactly {@code alignments.size()} cells
     * (readers pad short rows with empty cells).
     */
    record Table(List<Alignment> alignments, List<TableCell> header, List<List<TableCell>> rows)
            implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            int n = alignments.size();
            if (header.size() != n || rows.stream().anyMatch(r -> r.size() != n)) {
                throw new IllegalArgumentException("every table row needs " + n + " cells");
            }
        }

        public int columns() {
            return alignments.size();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitTable(this);
        }
    }

    /**
     * An image standing on its own, with alternative text, an optional caption (the image title
     * in Markdown, a wire photo's caption) and an optional credit ("AP Photo/Jane Doe"), shown
     * small under the photo.
     */
    record Figure(String source, String alt, String caption, String credit) implements Block {
        public Figure {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(credit, "credit");
        }

        /** A figure without a credit. */
        public Figure(String source, String alt, String caption) {
            this(source, alt, caption, "");
        }

        public Figure withCaptionAndCredit(String newCaption, String newCredit) {
            return new Figure(source, alt, newCaption, newCredit);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFigure(this);
        }
    }

    /**
     * The text of a footnote. It stays where the source defined it; renderers place it
     * by the first {@link Inline.FootnoteRef} with the same label (see {@code imprint.plan.Notes}).
     */
    record FootnoteDefinition(String label, List<Block> blocks) implements Block {
        public FootnoteDefinition {
            Objects.requireNonNull(label, "label");
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visitFootnoteDefinition(this);
        }
    }

    /** Marker for records that are parts of a block but not blocks themselves. */
    interface Part {
    }
}
