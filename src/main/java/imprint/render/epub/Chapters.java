package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Walker;
import imprint.plan.DocumentPlan;
import imprint.plan.Outline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a document's blocks into chapter files: before each heading of the outline at or above
 * the split level, and also before a block that would make a chapter too large for e-ink readers.
 * Knows which file holds each top-level block, so links and notes can point into the right file.
 */
final class Chapters {
    /** Text characters per file before a split is forced at the next block. */
    static final int MAX_CHARS = 120_000;

    /**
     * One chapter file.
     *
     * @param first index of its first top-level block
     * @param end   index after its last top-level block
     */
    record Chapter(String file, String title, List<Block> blocks, int first, int end) {
    }

    final List<Chapter> chapters = new ArrayList<>();
    /** The chapter of each top-level block. */
    private final int[] chapterOf;

    Chapters(DocumentPlan plan, int splitLevel) {
        List<Block> blocks = plan.blocks();
        String fallbackTitle = plan.title();
        Map<Integer, Outline.Entry> headings = new HashMap<>();
        for (Outline.Entry e : plan.outline().entries()) {
            headings.put(e.block(), e);
        }
        chapterOf = new int[blocks.size()];
        List<Block> current = new ArrayList<>();
        String title = fallbackTitle;
        int size = 0;
        int first = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Outline.Entry heading = headings.get(i);
            boolean splitHere = heading != null && heading.level() <= splitLevel;
            int len = b instanceof Block.FootnoteDefinition ? 0 : textLength(b);
            if (!current.isEmpty() && (splitHere || size + len > MAX_CHARS && size > 0)) {
                add(title, current, first, i);
                current = new ArrayList<>();
                size = 0;
                first = i;
                if (!splitHere) {
                    title = title + " (continued)";
                }
            }
            if (heading != null && (splitHere || current.isEmpty())) {
                title = heading.text().isEmpty() ? fallbackTitle : heading.text();
            }
            chapterOf[i] = chapters.size();
            if (!(b instanceof Block.FootnoteDefinition)) {
                current.add(b); // notes are written where the plan says they belong
            }
            size += len;
        }
        if (!current.isEmpty() || chapters.isEmpty()) {
            add(title, current, first, blocks.size());
        }
    }

    private void add(String title, List<Block> blocks, int first, int end) {
        String file = String.format("chapter-%03d.xhtml", chapters.size() + 1);
        chapters.add(new Chapter(file, title, List.copyOf(blocks), first, end));
    }

    /** The file holding a top-level block. */
    String fileOf(int block) {
        return chapters.get(block < 0 || block >= chapterOf.length ? 0 : chapterOf[block]).file();
    }

    private static int textLength(Block b) {
        int[] n = {0};
        Walker.walk(List.of(b), new Walker.Listener() {
            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.Text t) {
                    n[0] += t.text().length();
                } else if (in instanceof Inline.Code c) {
                    n[0] += c.code().length();
                }
            }

            @Override
            public void block(Block x) {
                if (x instanceof Block.CodeBlock c) {
                    n[0] += c.code().length();
                }
            }
        });
        return n[0];
    }
}
