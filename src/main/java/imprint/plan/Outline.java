package imprint.plan;

import imprint.model.Block;
import imprint.model.Inlines;
import java.util.ArrayList;
import java.util.List;

/**
 * Every heading of the document body in reading order, with its text, id and the top-level
 * block it is or sits in. Each format picks its own depth ({@link #upTo}): the PDF's contents
 * list shows two levels, the EPUB navigation and the DOCX contents three, bookmarks all.
 */
public final class Outline {
    /**
     * One heading.
     *
     * @param level the heading level, 1 to 6
     * @param text  its plain text, stripped (may be empty for an empty heading)
     * @param id    its identifier (may be empty when no identifier transform ran)
     * @param block the index of the top-level block it is
     */
    public record Entry(int level, String text, String id, int block) {
    }

    private final List<Entry> entries;

    private Outline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Outline of(List<Block> blocks) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h) {
                out.add(new Entry(h.level(), Inlines.plainText(h.content()).strip(), h.id(), i));
            }
        }
        return new Outline(out);
    }

    /** All headings. */
    public List<Entry> entries() {
        return entries;
    }

    /** The headings of level {@code depth} or above that can be linked to (non-empty id and text). */
    public List<Entry> upTo(int depth) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.level() <= depth && !e.id().isEmpty() && !e.text().isEmpty()) {
                out.add(e);
            }
        }
        return out;
    }
}
