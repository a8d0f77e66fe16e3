package imprint.read.markdown;

import static imprint.read.ReadSpec.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import imprint.read.ReadSpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile nesting: never a StackOverflowError, bounded model depth, bounded time. */
class DeepNestingTest {
    private static final int LEVELS = 20_000;

    private static ReadSpec.Result readQuickly(MarkdownReader reader, String input) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(reader, input));
    }

    @Test
    void twentyThousandNestedQuotes() {
        ReadSpec.Result r = readQuickly(new MarkdownReader(), "> ".repeat(LEVELS) + "deep text\n");
        assertEquals(BlockConverter.MAX_DEPTH, maxDepth(r.document()));
        assertTrue(r.codes().contains(Code.NESTING_TOO_DEEP));
        assertEquals("deep text", allText(r.document()));
    }

    @Test
    void twentyThousandNestedBulletLists() {
        ReadSpec.Result r = readQuickly(new MarkdownReader(), "- ".repeat(LEVELS) + "deep item\n");
        assertEquals(BlockConverter.MAX_DEPTH, maxDepth(r.document()));
        assertEquals(List.of(Code.NESTING_TOO_DEEP), r.codes());
        assertEquals("deep item", allText(r.document()));
    }

    @Test
    void twentyThousandNestedOrderedListsAndEmphasis() {
        ReadSpec.Result r = readQuickly(new MarkdownReader(),
                "1. ".repeat(LEVELS) + "x\n\n" + "*a _b ".repeat(LEVELS) + "c" + "_ b* a".repeat(LEVELS) + "\n");
        assertTrue(maxDepth(r.document()) <= BlockConverter.MAX_DEPTH);
        assertTrue(allText(r.document()).contains("c"));
    }

    @Test
    void nestingUpToTheLimitIsKept() {
        ReadSpec.Result r = read(new MarkdownReader(), "> ".repeat(BlockConverter.MAX_DEPTH) + "ok\n");
        assertEquals(BlockConverter.MAX_DEPTH, maxDepth(r.document()));
        assertTrue(r.codes().isEmpty());
    }

    @Test
    void contentAfterADeepPartIsStillRead() {
        ReadSpec.Result r = readQuickly(new MarkdownReader(), "> ".repeat(200) + "deep\n\n# Later\n\nText.\n");
        List<Block> blocks = r.document().blocks();
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(1) instanceof Block.Heading);
        assertEquals("Later", Inlines.plainText(((Block.Heading) blocks.get(1)).content()));
    }

    @Test
    void whenEvenTheParseThreadOverflowsTheInputIsReadAsPlainParagraphs() {
        // a tiny parse stack makes commonmark itself overflow: the reader must fall back
        MarkdownReader small = new MarkdownReader(64 * 1024);
        ReadSpec.Result r = readQuickly(small, "> ".repeat(LEVELS) + "deep\n\nsecond *para*\n");
        assertTrue(r.codes().contains(Code.NESTING_TOO_DEEP));
        List<Block> blocks = r.document().blocks();
        assertEquals(2, blocks.size());
        assertEquals("second *para*", Inlines.plainText(((Block.Paragraph) blocks.get(1)).content()));
    }

    /** Container depth of the model, counted iteratively. */
    static int maxDepth(Document doc) {
        int max = 0;
        Deque<Map.Entry<Block, Integer>> stack = new ArrayDeque<>();
        doc.blocks().forEach(b -> stack.push(Map.entry(b, 0)));
        while (!stack.isEmpty()) {
            Map.Entry<Block, Integer> e = stack.pop();
            Block b = e.getKey();
            int d = e.getValue();
            max = Math.max(max, d);
            if (b instanceof Block.BlockQuote q) {
                q.blocks().forEach(c -> stack.push(Map.entry(c, d + 1)));
            } else if (b instanceof Block.BulletList l) {
                l.items().forEach(it -> it.blocks().forEach(c -> stack.push(Map.entry(c, d + 1))));
            } else if (b instanceof Block.OrderedList l) {
                l.items().forEach(it -> it.blocks().forEach(c -> stack.push(Map.entry(c, d + 1))));
            }
        }
        return max;
    }

    private static String allText(Document doc) {
        StringBuilder sb = new StringBuilder();
        imprint.model.Walker.walk(doc.blocks(), new imprint.model.Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.Paragraph p) {
                    sb.append(Inlines.plainText(p.content()));
                }
            }
        });
        return sb.toString();
    }
}
