package imprint.transform;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a document block by block, handing every inline sequence (a paragraph, heading,
 * table cell) to {@link #inlines} as a whole, so that a transform sees a quote opened before
 * an emphasis and closed after it. Containers deeper than {@link #MAX_DEPTH} are passed
 * through unchanged, which bounds the recursion. One instance per pass.
 */
abstract class Rewriter implements Block.Visitor<Block> {
    static final int MAX_DEPTH = 200;
    private int depth;

    final Document apply(Document doc) {
        return doc.withBlocks(blocks(doc.blocks()));
    }

    final List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            imprint.diag.Checkpoint.check();
            out.add(b.accept(this));
        }
        return out;
    }

    /** Rewrites one inline sequence (the content of a paragraph, heading or cell). */
    abstract List<Inline> inlines(List<Inline> content);

    /** Called for each heading in document order, after its content was rewritten. */
    Block.Heading heading(Block.Heading h) {
        return h;
    }

    /** Called for each figure in document order. */
    Block.Figure figure(Block.Figure f) {
        return f;
    }


    private boolean tooDeep() {
        return depth >= MAX_DEPTH;
    }

    private List<Block> inside(List<Block> blocks) {
        depth++;
        try {
            return blocks(blocks);
        } finally {
            depth--;
        }
    }

    private List<Block.ListItem> items(List<Block.ListItem> items) {
        List<Block.ListItem> out = new ArrayList<>(items.size());
        for (Block.ListItem it : items) {
            out.add(new Block.ListItem(inside(it.blocks()), it.task()));
        }
        return out;
    }

    private List<Block.TableCell> cells(List<Block.TableCell> cells) {
        List<Block.TableCell> out = new ArrayList<>(cells.size());
        for (Block.TableCell c : cells) {
            out.add(new Block.TableCell(inlines(c.content())));
        }
        return out;
    }

    @Override
    public Block visitHeading(Block.Heading h) {
        return heading(new Block.Heading(h.level(), inlines(h.content()), h.id()));
    }

    @Override
    public Block visitParagraph(Block.Paragraph p) {
        return new Block.Paragraph(inlines(p.content()));
    }

    @Override
    public Block visitBlockQuote(Block.BlockQuote q) {
        return tooDeep() ? q : new Block.BlockQuote(inside(q.blocks()));
    }

    /** Called around the blocks of a division in another language; returns what to restore after. */
    Object enterDivision(Block.Division d) {
        return null;
    }

    void leaveDivision(Object saved) {
    }

    @Override
    public Block visitDivision(Block.Division d) {
        if (tooDeep()) {
            return d;
        }
        Object saved = enterDivision(d);
        try {
            return new Block.Division(d.lang(), d.dir(), inside(d.blocks()));
        } finally {
            leaveDivision(saved);
        }
    }

    @Override
    public Block visitBulletList(Block.BulletList l) {
        return tooDeep() ? l : new Block.BulletList(items(l.items()), l.tight());
    }

    @Override
    public Block visitOrderedList(Block.OrderedList l) {
        return tooDeep() ? l : new Block.OrderedList(l.start(), items(l.items()), l.tight());
    }

    @Override
    public Block visitCodeBlock(Block.CodeBlock c) {
        return c;
    }

    @Override
    public Block visitThematicBreak(Block.ThematicBreak t) {
        return t;
    }

    @Override
    public Block visitTable(Block.Table t) {
        List<List<Block.TableCell>> rows = new ArrayList<>();
        for (List<Block.TableCell> r : t.rows()) {
            rows.add(cells(r));
        }
        return new Block.Table(t.alignments(), cells(t.header()), rows);
    }

    @Override
    public Block visitFigure(Block.Figure f) {
        return figure(f);
    }

    @Override
    public Block visitFootnoteDefinition(Block.FootnoteDefinition f) {
        return tooDeep() ? f : new Block.FootnoteDefinition(f.label(), inside(f.blocks()));
    }
}
