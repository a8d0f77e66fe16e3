package imprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.model.ModelPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reader examples in the style of a spec: an input file and, beside it, the expected model dump
 * written by hand ({@code .model}). Readers are tested alone, before the typography transforms.
 */
class ReaderExamplesTest {
    private static final Path DIR = Path.of("src/test/resources/read-examples");

    private static Document read(String file, Diagnostics diags) throws Exception {
        String text = TextDecoder.decodeReporting(Files.readAllBytes(DIR.resolve(file)), diags);
        return InputFormat.forFileName(file).orElseThrow().reader().read(text, diags);
    }

    private static String expected(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void plainTextArticle() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(expected("news-article.model"), ModelPrinter.print(read("news-article.txt", diags)));
        List<Diagnostic> notices = diags.list();
        assertEquals(List.of(Code.BOILERPLATE_DROPPED, Code.BOILERPLATE_DROPPED), notices.stream().map(Diagnostic::code).toList());
        assertEquals(18, notices.get(0).line(), "Comments are closed. is on line 18");
    }

    @Test
    void markdownNotes() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(expected("notes.model"), ModelPrinter.print(read("notes.md", diags)));
        assertEquals(List.of(), diags.list());
    }

    @Test
    void theSeedArticle() throws Exception {
        Diagnostics diags = new Diagnostics();
        byte[] bytes = Files.readAllBytes(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        Document doc = InputFormat.TEXT.reader().read(TextDecoder.decode(bytes), diags);
        assertEquals("After Alleged U.S. Election Hacks, France Girds Against Cyberattacks", doc.metadata().title());
        assertEquals(8, doc.blocks().size());
        assertTrue(doc.blocks().stream().allMatch(b -> b instanceof imprint.model.Block.Paragraph));
        assertTrue(diags.has(Code.BOILERPLATE_DROPPED));
        assertTrue(!ModelPrinter.print(doc).contains("Comments are closed"));
    }

    @Test
    void encodingsAndLineEnds() throws Exception {
        String expected = "Title\n\nBody line one\nline two";
        byte[] utf16 = ("\uFEFF" + expected.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(expected, TextDecoder.decode(utf16));
        byte[] bom = ("\uFEFF" + expected.replace("\n", "\r")).getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, TextDecoder.decode(bom));
        assertEquals(expected, TextDecoder.decode(expected.getBytes(StandardCharsets.UTF_16BE)), "UTF-16 without BOM");
        imprint.diag.ImprintException e = org.junit.jupiter.api.Assertions.assertThrows(imprint.diag.ImprintException.class,
                () -> TextDecoder.decode(new byte[] {'a', (byte) 0xE9, 'b'}));
        assertEquals(Code.INPUT_ENCODING, e.code());
        assertTrue(e.getMessage().contains("offset 1"), e.getMessage());
    }

    @Test
    void rawHtmlAndUnsafeLinksAreDropped() {
        Diagnostics diags = new Diagnostics();
        Document doc = InputFormat.MARKDOWN.reader().read(
                "<div onclick=\"x()\">Kept <b>text</b></div>\n\nA [bad](javascript:alert(1)) <span>link</span>\n", diags);
        assertEquals("paragraph\n  text \"Kept text\"\nparagraph\n  text \"A bad link\"\n", ModelPrinter.printBlocks(doc.blocks()));
        assertTrue(diags.has(Code.RAW_HTML_DROPPED));
        assertTrue(diags.has(Code.UNSAFE_LINK_DROPPED));
    }

    @Test
    void brokenFrontMatterIsReportedAndTheBodyKept() {
        Diagnostics diags = new Diagnostics();
        Document doc = InputFormat.MARKDOWN.reader().read("---\ntitle: [oops\n---\n# Real\n\nBody.\n", diags);
        assertTrue(diags.has(Code.FRONT_MATTER_INVALID));
        assertEquals("Real", doc.metadata().title());
        assertEquals(1, doc.blocks().size());
    }

    @Test
    void deepNestingIsFlattenedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String deep : List.of(">".repeat(20_000) + " x", "- ".repeat(20_000) + "x", "*a ".repeat(5_000) + "b" + "*".repeat(5_000))) {
                Diagnostics diags = new Diagnostics();
                Document doc = InputFormat.MARKDOWN.reader().read(deep, diags);
                assertTrue(ModelPrinter.print(doc).contains("x") || ModelPrinter.print(doc).contains("b"));
                assertTrue(diags.has(Code.NESTING_TOO_DEEP) || deep.startsWith("*"), "reported");
            }
        });
    }
}
