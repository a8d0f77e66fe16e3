package imprint.transform;

import imprint.model.Block;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a block tree with a function applied to every inline list (paragraph, heading and
 * cell content), leaving structure and code untouched. Readers cap nesting depth, so plain
 * recursion is safe here.
 */
final class BlockMapper {
    private final UnaryOperator<List<Inline>> inlines;

    BlockMapper(UnaryOperator<List<Inline>> inlines) {
        this.inlines = inlines;
    }

    List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) {
            out.add(block(b));
        }
        return out;
    }

    Block block(Block b) {
        if (b instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines.apply(h.content()), h.id());
        } else if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines.apply(p.content()));
        } else if (b instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(blocks(q.blocks()));
        } else if (b instanceof Block.BulletList l) {
            return new Block.BulletList(items(l.items()), l.tight());
        } else if (b instanceof Block.OrderedList l) {
            return new Block.OrderedList(l.start(), items(l.items()), l.tight());
        } else if (b instanceof Block.Table t) {
            List<List<Block.TableCell>> rows = new ArrayList<>();
            t.rows().forEach(r -> rows.add(cells(r)));
            return new Block.Table(t.alignments(), cells(t.header()), rows);
        } else if (b instanceof Block.FootnoteDefinition d) {
            return new Block.FootnoteDefinition(d.label(), blocks(d.blocks()));
        } else if (b instanceof Block.Figure f) {
            List<Inline> cap = inlines.apply(List.of(new Inline.Text(f.caption())));
            List<Inline> alt = inlines.apply(List.of(new Inline.Text(f.alt())));
            return new Block.Figure(f.source(), imprint.model.Inlines.plainText(alt), imprint.model.Inlines.plainText(cap));
        }
        return b; // code blocks and thematic breaks
    }

    private List<Block.ListItem> items(List<Block.ListItem> in) {
        List<Block.ListItem> out = new ArrayList<>();
        in.forEach(i -> out.add(new Block.ListItem(blocks(i.blocks()), i.task())));
        return out;
    }

    private List<Block.TableCell> cells(List<Block.TableCell> in) {
        List<Block.TableCell> out = new ArrayList<>();
        in.forEach(c -> out.add(new Block.TableCell(inlines.apply(c.content()))));
        return out;
    }
}
