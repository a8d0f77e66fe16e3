package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.model.Walker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a document's blocks into chapter files: before each heading at or above the split
 * level, and also before a block that would make a chapter too large for e-ink readers.
 * Records which file holds each heading id and where each footnote is first referenced, so
 * links can point into the right file.
 */
final class Chapters {
    /** Text characters per file before a split is forced at the next block. */
    static final int MAX_CHARS = 120_000;

    /** One chapter file. */
    record Chapter(String file, String title, List<Block> blocks) {
    }

    final List<Chapter> chapters = new ArrayList<>();
    final Map<String, String> fileOfId = new HashMap<>();
    final Map<String, String> firstRefFile = new HashMap<>();

    Chapters(Document doc, int splitLevel, String fallbackTitle) {
        List<Block> current = new ArrayList<>();
        String title = fallbackTitle;
        int size = 0;
        for (Block b : doc.blocks()) {
            if (b instanceof Block.FootnoteDefinition) {
                continue; // rendered as notes where first referenced
            }
            boolean splitHere = b instanceof Block.Heading h && h.level() <= splitLevel;
            int len = textLength(b);
            if (!current.isEmpty() && (splitHere || size + len > MAX_CHARS && size > 0)) {
                add(title, current);
                current = new ArrayList<>();
                size = 0;
                if (!splitHere) {
                    title = title + " (continued)";
                }
            }
            if (b instanceof Block.Heading h && (splitHere || current.isEmpty())) {
                title = Inlines.plainText(h.content()).strip();
                if (title.isEmpty()) {
                    title = fallbackTitle;
                }
            }
            current.add(b);
            size += len;
        }
        if (!current.isEmpty() || chapters.isEmpty()) {
            add(title, current);
        }
    }

    private void add(String title, List<Block> blocks) {
        String file = String.format("chapter-%03d.xhtml", chapters.size() + 1);
        chapters.add(new Chapter(file, title, List.copyOf(blocks)));
        Walker.walk(blocks, new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.Heading h && !h.id().isEmpty()) {
                    fileOfId.putIfAbsent(h.id(), file);
                }
            }

            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.FootnoteRef r) {
                    firstRefFile.putIfAbsent(r.label(), file);
                }
            }
        });
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
