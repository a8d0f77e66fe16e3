package imprint.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Visits every block and inline of a document in reading order without recursion, so that
 * hostile, deeply nested input cannot overflow the stack.
 */
public final class Walker {
    private Walker() {
    }

    /** Receives nodes in document order. */
    public interface Listener {
        default void block(Block block) {
        }

        default void inline(Inline inline) {
        }
    }

    public static void walk(List<Block> blocks, Listener listener) {
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, blocks);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (node instanceof Block b) {
                listener.block(b);
                pushChildren(stack, b);
            } else if (node instanceof Inline in) {
                listener.inline(in);
                List<Inline> kids = Inlines.children(in);
                if (kids != null) {
                    pushAll(stack, kids);
                }
            }
        }
    }

    private static void pushChildren(Deque<Object> stack, Block b) {
        if (b instanceof Block.Heading h) {
            pushAll(stack, h.content());
        } else if (b instanceof Block.Paragraph p) {
            pushAll(stack, p.content());
        } else if (b instanceof Block.BlockQuote q) {
            pushAll(stack, q.blocks());
        } else if (b instanceof Block.Division v) {
            pushAll(stack, v.blocks());
        } else if (b instanceof Block.BulletList l) {
            pushItems(stack, l.items());
        } else if (b instanceof Block.OrderedList l) {
            pushItems(stack, l.items());
        } else if (b instanceof Block.Table t) {
            for (int r = t.rows().size() - 1; r >= 0; r--) {
                pushCells(stack, t.rows().get(r));
            }
            pushCells(stack, t.header());
        } else if (b instanceof Block.FootnoteDefinition d) {
            pushAll(stack, d.blocks());
        }
    }

    private static void pushItems(Deque<Object> stack, List<Block.ListItem> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            pushAll(stack, items.get(i).blocks());
        }
    }

    private static void pushCells(Deque<Object> stack, List<Block.TableCell> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            pushAll(stack, cells.get(i).content());
        }
    }

    private static <T> void pushAll(Deque<Object> stack, List<T> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(nodes.get(i));
        }
    }
}
