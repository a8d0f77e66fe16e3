package imprint.plan;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Walker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The footnotes of a document, numbered from 1 in the order a reader meets their references,
 * and where each belongs: the top-level block that first references it. A note referenced only
 * from inside another note belongs where that note does, numbered after the notes that block
 * references itself. Definitions
 * never referenced are left out; a reference without a definition has number 0 and is shown as
 * its label in brackets ({@link #unresolved}).
 */
public final class Notes {
    /**
     * One numbered note.
     *
     * @param number     1, 2, 3 ... in reading order
     * @param label      the label the source used
     * @param definition its text
     * @param block      the top-level block where it is first referenced (directly or through a note)
     */
    public record Note(int number, String label, Block.FootnoteDefinition definition, int block) {
    }

    private final Map<String, Note> byLabel;
    private final List<Note> inOrder;
    private final Map<Integer, List<Note>> byBlock;

    private Notes(Map<String, Note> byLabel) {
        this.byLabel = byLabel;
        this.inOrder = List.copyOf(byLabel.values());
        Map<Integer, List<Note>> blocks = new HashMap<>();
        for (Note n : inOrder) {
            blocks.computeIfAbsent(n.block(), k -> new ArrayList<>()).add(n);
        }
        this.byBlock = blocks;
    }

    /** Numbers the notes of a body; linear in the size of the document. */
    static Notes of(List<Block> blocks) {
        Map<String, Block.FootnoteDefinition> defs = new HashMap<>();
        Walker.walk(blocks, new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.FootnoteDefinition d) {
                    defs.putIfAbsent(d.label(), d);
                }
            }
        });
        Map<String, Note> numbered = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.FootnoteDefinition) {
                continue;
            }
            // Notes found in this block, then the notes found inside those, breadth first.
            List<Block> pending = new ArrayList<>(List.of(b));
            while (!pending.isEmpty()) {
                List<String> found = references(pending);
                pending = new ArrayList<>();
                for (String label : found) {
                    Block.FootnoteDefinition d = defs.get(label);
                    if (d != null && !numbered.containsKey(label)) {
                        numbered.put(label, new Note(numbered.size() + 1, label, d, i));
                        pending.addAll(d.blocks());
                    }
                }
            }
        }
        return new Notes(numbered);
    }

    private static List<String> references(List<Block> blocks) {
        Set<String> labels = new LinkedHashSet<>();
        Walker.walk(blocks, new Walker.Listener() {
            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.FootnoteRef r) {
                    labels.add(r.label());
                }
            }
        });
        return new ArrayList<>(labels);
    }

    /** The note for a label, or null when no referenced definition has it. */
    public Note get(String label) {
        return byLabel.get(label);
    }

    /** The note number for a label, or 0 when the reference has no definition. */
    public int number(String label) {
        Note n = byLabel.get(label);
        return n == null ? 0 : n.number();
    }

    /** All notes in number order. */
    public List<Note> inOrder() {
        return inOrder;
    }

    /** The notes that belong to a top-level block (first referenced there), in number order. */
    public List<Note> belongingTo(int block) {
        return byBlock.getOrDefault(block, List.of());
    }

    public boolean isEmpty() {
        return inOrder.isEmpty();
    }

    /** What every format shows for a reference whose note does not exist. */
    public static String unresolved(String label) {
        return "[" + label + "]";
    }
}
