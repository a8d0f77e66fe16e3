package imprint.read.markdown;

import imprint.model.Block;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** GFM tables: alignments from the header, every row padded or cut to the header's width. */
final class Tables {
    private Tables() {
    }

    static Block.Table convert(TableBlock table, InlineConverter inlines) {
        List<Block.Alignment> alignments = new ArrayList<>();
        List<Block.TableCell> header = new ArrayList<>();
        List<List<Block.TableCell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    cells.add(new Block.TableCell(inlines.convert(c)));
                    if (section instanceof TableHead && c instanceof TableCell tc) {
                        alignments.add(alignment(tc.getAlignment()));
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        int n = header.size();
        alignments = alignments.subList(0, Math.min(n, alignments.size()));
        return new Block.Table(alignments, header, rows.stream().map(r -> fit(r, n)).toList());
    }

    private static List<Block.TableCell> fit(List<Block.TableCell> row, int n) {
        List<Block.TableCell> out = new ArrayList<>(row.subList(0, Math.min(n, row.size())));
        while (out.size() < n) {
            out.add(new Block.TableCell(List.of()));
        }
        return out;
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return Block.Alignment.DEFAULT;
        }
        switch (a) {
            case LEFT:
                return Block.Alignment.LEFT;
            case CENTER:
                return Block.Alignment.CENTER;
            case RIGHT:
                return Block.Alignment.RIGHT;
            default:
                return Block.Alignment.DEFAULT;
        }
    }
}
