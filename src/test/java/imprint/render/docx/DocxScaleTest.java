package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.resource.ResourceResolver;
import imprint.testing.ZipFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 for the DOCX: each construct at 10,000 and 100,000 repetitions exports, and the
 * bytes the renderer allocates grow linearly (a ratio under 15 for ten times the input; a
 * quadratic step would give 100). A ratio of allocations, not a timing: the times are printed
 * for the README. The 100,000-fold documents are also checked for being complete (every
 * heading bookmarked under a unique name, every note present, every row written). The plan here has no page
 * numbers to ask for, so the renderer's own cost is measured (the PDF's pagination is the
 * PDF's).
 */
class DocxScaleTest {
    static Stream<Arguments> constructs() {
        return Stream.of(
                // The quadratic case of bookmark naming: every id cut to the same 40 characters.
                Arguments.of("flat headings", (IntFunction<Document>) n -> doc(list(n, i -> new Block.Heading(1 + i % 3,
                        List.of(new Inline.Text("Entry")), "a-long-heading-identifier-shared-by-every-entry-" + i)))),
                Arguments.of("footnotes", (IntFunction<Document>) DocxScaleTest::footnotes),
                Arguments.of("footnotes in table cells", (IntFunction<Document>) DocxScaleTest::notesInCells),
                Arguments.of("table rows", (IntFunction<Document>) n -> doc(List.of(table(n, i -> cell("row " + i))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void costGrowsLinearly(String name, IntFunction<Document> make) throws Exception {
        Document small = make.apply(10_000);
        Document large = make.apply(100_000);
        render(small, new java.io.ByteArrayOutputStream()); // warm: class loading and the JIT belong to neither size
        long[] a = render(small, new java.io.ByteArrayOutputStream());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long[] b = render(large, out);
        double ratio = (double) b[0] / a[0];
        System.out.printf("DOCX scale, %s: 10,000 in %d ms (%d MB allocated), 100,000 in %d ms (%d MB), allocation ratio %.1f%n",
                name, a[1], a[0] >> 20, b[1], b[0] >> 20, ratio);
        assertTrue(ratio < 15, name + ": ten times the input allocated " + ratio + " times the bytes");
        assertComplete(name, out.toByteArray());
    }

    /** The 100,000-fold document holds every heading's bookmark, every note, every row. */
    private static void assertComplete(String name, byte[] docx) throws IOException {
        byte[] part = ZipFiles.read(docx).get(name.startsWith("footnotes") ? "word/footnotes.xml" : "word/document.xml");
        String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
        switch (name) {
            case "flat headings" -> {
                assertEquals(100_000, count(xml, "<w:bookmarkStart "), "a bookmark per heading");
                java.util.Set<String> names = new java.util.HashSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:bookmarkStart w:id=\"\\d+\" w:name=\"([^\"]+)\"").matcher(xml);
                while (m.find()) {
                    assertTrue(m.group(1).length() <= DocxState.BOOKMARK_MAX, m.group(1));
                    assertTrue(names.add(m.group(1)), "unique: " + m.group(1));
                }
            }
            case "footnotes", "footnotes in table cells" -> assertEquals(100_000, count(xml, "<w:footnoteRef/>"));
            default -> assertEquals(100_001, count(xml, "<w:tr>"), "the header and every row");
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** Bytes allocated by this thread and milliseconds taken to render into a discarding stream. */
    private static long[] render(Document doc, OutputStream out) throws IOException {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DocumentPlan plan = DocumentPlan.of(doc, context());
        long bytes = mx.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        new DocxRenderer().render(plan, out);
        return new long[] {mx.getCurrentThreadAllocatedBytes() - bytes, (System.nanoTime() - start) / 1_000_000};
    }

    private static RenderContext context() {
        return new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(), ResourceResolver.NONE, "scale.md");
    }

    private static <T> List<T> list(int n, IntFunction<T> f) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(f.apply(i));
        }
        return out;
    }

    private static Document doc(List<Block> blocks) {
        return new Document(Metadata.EMPTY.withTitle("Scale"), blocks);
    }

    private static Block.TableCell cell(String s, Inline... more) {
        List<Inline> content = new ArrayList<>(List.of(new Inline.Text(s)));
        content.addAll(List.of(more));
        return new Block.TableCell(content);
    }

    private static Block.Table table(int rows, IntFunction<Block.TableCell> cell) {
        return new Block.Table(List.of(Block.Alignment.DEFAULT, Block.Alignment.RIGHT), List.of(cell("Name"), cell("Value")),
                list(rows, i -> List.of(cell.apply(i), cell(Integer.toString(i)))));
    }

    private static Document footnotes(int n) {
        List<Block> b = list(n, i -> new Block.Paragraph(List.of(new Inline.Text("Claim " + i + "."), new Inline.FootnoteRef("n" + i))));
        b = new ArrayList<>(b);
        for (int i = 0; i < n; i++) {
            b.add(new Block.FootnoteDefinition("n" + i, List.of(new Block.Paragraph(List.of(new Inline.Text("Source " + i + "."))))));
        }
        return doc(b);
    }

    private static Document notesInCells(int n) {
        List<Block> b = new ArrayList<>();
        b.add(table(n, i -> cell("row " + i, new Inline.FootnoteRef("c" + i))));
        for (int i = 0; i < n; i++) {
            b.add(new Block.FootnoteDefinition("c" + i, List.of(new Block.Paragraph(List.of(new Inline.Text("Note " + i))))));
        }
        return doc(b);
    }
}
