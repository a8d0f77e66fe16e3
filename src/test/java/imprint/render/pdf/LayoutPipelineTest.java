package imprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.resource.FolderResourceResolver;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.pdf.layout.VBox;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Layout on a second thread changes nothing in the file and loses no failure. */
class LayoutPipelineTest {
    private static byte[] render(Document doc, boolean pipeline, RenderOptions options) throws IOException {
        RenderContext ctx = new RenderContext(options, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "book.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(pipeline).render(imprint.plan.DocumentPlan.of(doc, ctx), out);
        return out.toByteArray();
    }

    @Test
    void aLongBookComesOutByteIdenticalWithAndWithoutTheSecondThread() throws IOException {
        Document book = SampleDocuments.longBook(40, 10);
        assertTrue(book.blocks().size() >= LayoutPipeline.MIN_BLOCKS, "long enough to be split");
        for (RenderOptions o : List.of(RenderOptions.DEFAULTS, RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON))) {
            assertArrayEquals(render(book, false, o), render(book, true, o), o.toString());
        }
    }

    @Test
    void chunksArriveInOrder() {
        List<Integer> got = new ArrayList<>();
        LayoutPipeline.run(sink -> {
            for (int i = 0; i < 500; i++) {
                sink.accept(List.of(new VBox(i, 0, List.of(), true, null)), Map.of());
            }
        }, (boxes, notes) -> got.add((int) boxes.get(0).height()));
        assertEquals(500, got.size());
        for (int i = 0; i < 500; i++) {
            assertEquals(i, got.get(i));
        }
    }

    @Test
    void aLayoutFailureReachesTheCallerAsThrown() {
        StackOverflowError boom = new StackOverflowError("deep");
        StackOverflowError e = assertThrows(StackOverflowError.class, () -> LayoutPipeline.run(sink -> {
            sink.accept(List.of(), Map.of());
            throw boom;
        }, (boxes, notes) -> { }));
        assertSame(boom, e);
    }

    @Test
    void aDrawingFailureStopsLayoutInsteadOfLeavingItBlocked() {
        AtomicBoolean layoutEnded = new AtomicBoolean();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> LayoutPipeline.run(sink -> {
                try {
                    for (int i = 0; i < 1_000_000; i++) { // far more than the queue holds
                        sink.accept(List.of(), Map.of());
                    }
                } finally {
                    layoutEnded.set(true);
                }
            }, (boxes, notes) -> {
                throw new IllegalStateException("disk full");
            }));
            assertEquals("disk full", e.getMessage());
            while (!layoutEnded.get()) {
                Thread.sleep(10);
            }
        });
    }
}
