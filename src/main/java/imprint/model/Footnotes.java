package imprint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnotes of a document in the order of their first reference, numbered from 1.
 * Definitions that are never referenced are not included; references without a definition
 * have no number (readers report both).
 */
public final class Footnotes {
    private final Map<String, Block.FootnoteDefinition> byLabel;
    private final Map<String, Integer> numbers;

    private Footnotes(Map<String, Block.FootnoteDefinition> byLabel, Map<String, Integer> numbers) {
        this.byLabel = byLabel;
        this.numbers = numbers;
    }

    /** Collects definitions and numbers references in reading order. */
    public static Footnotes of(Document doc) {
        Map<String, Block.FootnoteDefinition> defs = new HashMap<>();
        List<String> order = new ArrayList<>();
        Walker.walk(doc.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.FootnoteDefinition d) {
                    defs.putIfAbsent(d.label(), d);
                }
            }

            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.FootnoteRef r && !order.contains(r.label())) {
                    order.add(r.label());
                }
            }
        });
        Map<String, Block.FootnoteDefinition> byLabel = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (String label : order) {
            Block.FootnoteDefinition d = defs.get(label);
            if (d != null) {
                byLabel.put(label, d);
                numbers.put(label, numbers.size() + 1);
            }
        }
        return new Footnotes(byLabel, numbers);
    }

    /** The footnote number for a label, or 0 when the reference has no definition. */
    public int number(String label) {
        return numbers.getOrDefault(label, 0);
    }

    /** The definition for a label, or {@code null}. */
    public Block.FootnoteDefinition definition(String label) {
        return byLabel.get(label);
    }

    /** Referenced definitions in number order. */
    public List<Block.FootnoteDefinition> inOrder() {
        return List.copyOf(byLabel.values());
    }

    public boolean isEmpty() {
        return byLabel.isEmpty();
    }
}
