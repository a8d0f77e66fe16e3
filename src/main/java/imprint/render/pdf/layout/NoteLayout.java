package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.plan.Notes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Footnotes: each note laid out once, in small type, as a note element inside the element that
 * first refers to it, its number a label; the paginator sets the lines at the foot of the page
 * of the reference.
 */
final class NoteLayout {
    private static final double SIZE = 8.5;

    private final BlockLayouter l;
    private final Map<Integer, List<VBox>> laid = new HashMap<>();

    NoteLayout(BlockLayouter layouter) {
        this.l = layouter;
    }

    /** Every note laid out so far, by number. */
    Map<Integer, List<VBox>> all() {
        return Collections.unmodifiableMap(laid);
    }

    /** Lays out the notes that belong to this top-level block (-1: the front matter, which has none). */
    Map<Integer, List<VBox>> of(int block) {
        List<Notes.Note> belonging = block < 0 ? List.of() : l.plan.notes().belongingTo(block);
        if (belonging.isEmpty()) {
            return Map.of();
        }
        BlockLayouter.Saved saved = l.save();
        Column column = l.column;
        Map<Integer, List<VBox>> fresh = new HashMap<>();
        for (Notes.Note belongs : belonging) {
            int n = belongs.number();
            Element note = l.structure.add(l.runs.referrer(n, saved.ctx().parent()), Role.NOTE);
            l.ctx = new BlockLayouter.Ctx(12, note, SIZE, false);
            l.indentNext = false;
            column.keepNext(0);
            column.clear();
            for (Block b : belongs.definition().blocks()) {
                b.accept(l);
            }
            if (column.isEmpty()) {
                column.add(new VBox(SIZE * BlockLayouter.LEADING, 0, List.of(), true, null));
            }
            VBox first = column.get(0);
            List<Op> ops = new ArrayList<>(first.ops());
            Element label = l.structure.add(note, Role.LABEL);
            ops.add(0, new Op.Text(0, first.firstBaseline(SIZE), n + ".", Style.of(Face.SERIF, SIZE), label));
            ops.add(new Op.Dest("fn-" + n, 0, null, 0));
            column.set(0, first.withOps(ops).withSpaceBefore(2));
            List<VBox> lines = column.take();
            fresh.put(n, lines);
            laid.put(n, lines);
        }
        l.restore(saved);
        return fresh;
    }
}
