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
 * of the reference. With endnotes the same lines go to the document's Notes section.
 */
final class NoteLayout {

    private final BlockLayouter l;
    private final Map<Integer, List<VBox>> laid = new HashMap<>();

    NoteLayout(BlockLayouter layouter) {
        this.l = layouter;
    }

    /** Every note laid out so far, by number. */
    Map<Integer, List<VBox>> all() {
        return Collections.unmodifiableMap(laid);
    }

    /**
     * Lays out the notes that belong to this top-level block (-1: the front matter, which has
     * none); none with endnotes, which {@link EndnoteSection} lays out at the end instead.
     */
    Map<Integer, List<VBox>> of(int block) {
        List<Notes.Note> belonging = block < 0 || l.plan.options().endnotes() ? List.of() : l.plan.notes().belongingTo(block);
        if (belonging.isEmpty()) {
            return Map.of();
        }
        BlockLayouter.Saved saved = l.save();
        Map<Integer, List<VBox>> fresh = new HashMap<>();
        for (Notes.Note belongs : belonging) {
            List<VBox> lines = lay(belongs, l.runs.referrer(belongs.number(), saved.ctx().parent()), false);
            fresh.put(belongs.number(), lines);
            laid.put(belongs.number(), lines);
        }
        l.restore(saved);
        return fresh;
    }

    /**
     * One note's lines, its element a child of {@code parent}; with {@code backLink} its number
     * links back to the reference in the text (an endnote, far from it). Leaves the column empty.
     */
    List<VBox> lay(Notes.Note belongs, Element parent, boolean backLink) {
        double size = l.type.note();
        // The number's box holds the widest number of the document's notes, so 10 and more fit too.
        int widest = l.plan.notes().inOrder().size();
        FontMetrics serif = l.glyphs.fonts().metrics(Face.SERIF);
        double indent = Math.max(12, serif.width(widest + ".", size) + size * 0.5);
        Column column = l.column;
        int n = belongs.number();
        Element note = l.structure.add(parent, Role.NOTE);
        l.ctx = new BlockLayouter.Ctx(indent, note, size, false);
        l.indentNext = false;
        column.keepNext(0);
        column.clear();
        for (Block b : belongs.definition().blocks()) {
            b.accept(l);
        }
        if (column.isEmpty()) {
            column.add(new VBox(size * BlockLayouter.LEADING, 0, List.of(), true, null));
        }
        VBox first = column.get(0);
        List<Op> ops = new ArrayList<>(first.ops());
        Element label = l.structure.add(note, Role.LABEL);
        double baseline = first.firstBaseline(size);
        String mark = n + ".";
        if (backLink) {
            Element back = l.structure.link(label, "#fnref-" + n, "Back to the text of note " + n);
            ops.add(0, new Op.Text(0, baseline, mark, Style.of(Face.SERIF, size).withLink("#fnref-" + n), back));
            ops.add(new Op.Link(0, baseline - serif.ascent(size), serif.width(mark, size),
                    serif.ascent(size) + serif.descent(size), "#fnref-" + n, back));
        } else {
            ops.add(0, new Op.Text(0, baseline, mark, Style.of(Face.SERIF, size), label));
        }
        ops.add(new Op.Dest("fn-" + n, 0, null, 0));
        column.set(0, first.withOps(ops).withSpaceBefore(2));
        return column.take();
    }
}
