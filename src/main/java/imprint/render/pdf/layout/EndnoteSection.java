package imprint.render.pdf.layout;

import imprint.plan.Notes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The notes as endnotes ({@code --notes end}): a "Notes" section after the body, a level-1
 * heading (so a book opens it on a new page, a recto when two-sided, and bookmarks it), the
 * notes in number order, in a book grouped under each chapter's title as a small subheading.
 * Each note's number links back to its reference, which gets a destination of its own
 * ({@code fnref-N}), because the note is pages away from it.
 */
final class EndnoteSection {
    static final String TITLE = "Notes";

    private final BlockLayouter l;
    private final NoteLayout notes;
    private final Set<Integer> referenced = new HashSet<>();

    EndnoteSection(BlockLayouter layouter, NoteLayout notes) {
        this.l = layouter;
        this.notes = notes;
    }

    /** Marks the first line that refers to each note as the target of the note's link back. */
    List<VBox> markReferences(List<VBox> boxes) {
        List<VBox> out = new ArrayList<>(boxes.size());
        for (VBox b : boxes) {
            List<Op> dests = new ArrayList<>();
            for (int n : b.notes()) {
                if (referenced.add(n)) {
                    dests.add(new Op.Dest("fnref-" + n, 0, null, 0));
                }
            }
            if (dests.isEmpty()) {
                out.add(b);
            } else {
                List<Op> ops = new ArrayList<>(b.ops());
                ops.addAll(dests);
                out.add(b.withOps(ops));
            }
        }
        return out;
    }

    /**
     * Lays the section into the column (nothing when the document has no notes). The caller
     * hands the column's boxes on first: each note's layout starts from an empty column.
     */
    void lay() {
        List<Notes.Note> all = l.plan.notes().inOrder();
        if (all.isEmpty()) {
            return;
        }
        BlockLayouter.Saved saved = l.save();
        Element section = l.structure.add(l.structure.root(), Role.DIVISION);
        List<VBox> out = new ArrayList<>(heading(section, TITLE, 1, "notes", l.plan.book() ? 0 : l.type.body() * 2));
        String[] chapters = l.plan.book() ? chapterTitles() : null;
        String chapter = null;
        int group = 0;
        for (Notes.Note note : all) {
            boolean keep = out.size() == 1 || group == 0 && out.size() <= 2;
            if (chapters != null) {
                String c = note.block() >= 0 && note.block() < chapters.length ? chapters[note.block()] : null;
                if (c != null && !c.equals(chapter)) {
                    chapter = c;
                    group++;
                    out.addAll(heading(section, c, 2, "notes-" + group, l.type.body()));
                    keep = true;
                }
            }
            List<VBox> lines = new ArrayList<>(notes.lay(note, section, true));
            if (keep) {
                VBox f = lines.get(0); // a heading stays with the note under it
                lines.set(0, new VBox(f.height(), f.spaceBefore(), f.ops(), false, f.header(), f.notes()));
            }
            out.addAll(lines);
        }
        l.restore(saved);
        for (VBox b : out) {
            l.column.add(b);
        }
    }

    /** A heading's lines, with its bookmark. */
    private List<VBox> heading(Element parent, String title, int level, String id, double spaceBefore) {
        Element h = l.structure.heading(parent, level);
        Style style = Style.of(Face.SANS_BOLD, level == 1 ? l.type.heading(1) : l.type.heading(4));
        List<VBox> lines = new ArrayList<>(l.paragraphs.lay(List.of(new Run(title, style, h)),
                new ParagraphLayout.Spec(l.width, 0, 0, TypeScale.HEADING_LEADING, false, null)));
        List<Op> first = new ArrayList<>(lines.get(0).ops());
        first.add(new Op.Dest(id, 0, title, level));
        lines.set(0, lines.get(0).withOps(first).withSpaceBefore(spaceBefore));
        for (int i = 1; i < lines.size(); i++) {
            VBox b = lines.get(i);
            lines.set(i, new VBox(b.height(), b.spaceBefore(), b.ops(), false, b.header(), b.notes()));
        }
        return lines;
    }

    /** For each top-level block, the title of the chapter it is in (null before the first), from the plan's outline. */
    private String[] chapterTitles() {
        String[] titles = new String[l.plan.blocks().size()];
        for (imprint.plan.Outline.Entry e : l.plan.outline().entries()) {
            if (e.level() == 1 && !e.text().isBlank() && e.block() >= 0 && e.block() < titles.length) {
                java.util.Arrays.fill(titles, e.block(), titles.length, e.text().strip());
            }
        }
        return titles;
    }
}
