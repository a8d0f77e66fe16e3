package imprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.ModelText;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.testing.ReadingText;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text-bearing block of every fixture (headings, paragraphs, list items, quotes, code,
 * table cells, captions) comes back whole and in order from every format, read with each
 * format's own tools ({@link ReadingText}); every footnote's text too, in number order. Full
 * text, not prefixes: a dropped word, a reordered block or a truncated code line fails.
 */
class ReadingOrderTest {
    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String f : List.of("seeds/france-girds-against-cyberattacks.txt", "src/test/resources/fixtures/kitchen-sink.md",
                "src/test/resources/fixtures/multi-language.md")) {
            Path p = Path.of(f);
            Document doc = Imprint.read(p, new Diagnostics());
            for (OutputFormat format : OutputFormat.textFormats()) {
                out.add(Arguments.of(p.getFileName().toString(), doc, format));
            }
        }
        for (OutputFormat format : OutputFormat.textFormats()) {
            out.add(Arguments.of("model kitchen sink", SampleDocuments.kitchenSink(), format));
            out.add(Arguments.of("model long book", SampleDocuments.longBook(14, 8), format));
        }
        return out.stream();
    }

    static byte[] render(Document doc, OutputFormat format) throws Exception {
        RenderContext ctx = new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), format, out);
        return out.toByteArray();
    }

    static Function<byte[], ReadingText> reader(OutputFormat format) {
        return switch (format) {
            case PDF -> ReadingText::pdf;
            case EPUB -> ReadingText::epub;
            case DOCX -> ReadingText::docx;
            case HTML -> ReadingText::html;
            default -> throw new IllegalArgumentException(format + " holds no text");
        };
    }

    /** What a reader must meet, in order: the title, then every text block of the body as printed. */
    static List<String> expectedBody(Document doc) {
        List<String> want = new ArrayList<>();
        want.add(DocumentPlan.of(doc, RenderContext.defaults("sample.md")).title());
        want.addAll(ModelText.printedBodyBlocks(doc));
        return want;
    }

    static List<String> expectedNotes(Document doc) {
        Notes notes = DocumentPlan.of(doc, RenderContext.defaults("sample.md")).notes();
        return ModelText.footnoteBlocks(notes.inOrder().stream().map(Notes.Note::definition).toList());
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("cases")
    void everyBlockComesBackWholeAndInOrder(String name, Document doc, OutputFormat format) throws Exception {
        ReadingText got = reader(format).apply(render(doc, format));
        assertNull(ReadingText.firstMissing(expectedBody(doc), got.body()),
                name + " as " + format + ": this block is missing, cut or out of order");
        assertNull(ReadingText.firstMissing(expectedNotes(doc), got.notes()),
                name + " as " + format + ": this footnote text is missing, cut or out of order");
        if (!expectedNotes(doc).isEmpty()) {
            assertEquals(ModelText.squeeze(String.join("", expectedNotes(doc))), got.notes(),
                    name + " as " + format + ": footnote texts, exactly");
        }
    }

    /** The negative control: move the kitchen sink's second heading to the end and every format must fail the check. */
    @Test
    void aMovedHeadingFailsTheCheckInEveryFormat() throws Exception {
        Document doc = SampleDocuments.kitchenSink();
        List<Block> blocks = new ArrayList<>(doc.blocks());
        int second = -1;
        for (int i = 0, seen = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading && ++seen == 2) {
                second = i;
                break;
            }
        }
        Block moved = blocks.remove(second);
        blocks.add(moved);
        Document reordered = doc.withBlocks(blocks);
        for (OutputFormat format : OutputFormat.textFormats()) {
            ReadingText got = reader(format).apply(render(reordered, format));
            assertNotNull(ReadingText.firstMissing(expectedBody(doc), got.body()),
                    format + ": a reordered heading went unnoticed");
            // ...while the reordered model's own order is found, so the check is not simply failing.
            assertNull(ReadingText.firstMissing(expectedBody(reordered), got.body()), format + ": own order");
        }
    }
}
