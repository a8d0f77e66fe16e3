package imprint.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.ModelPrinter;
import imprint.read.InputFormat;
import imprint.read.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wire readers on fixtures written from the NITF 3.6 and ninjs 1.x/2.0 specifications and a
 * CMS's HTML export, against hand-written model dumps ({@code .model} beside each), and on
 * hostile inputs: external entities, entity expansion, a 10 MB attribute, bad and deep JSON.
 */
class WireReadersTest {
    static final Path DIR = Path.of("src/test/resources/wire");

    static imprint.model.Document parse(String file, Diagnostics d) throws Exception {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file));
        InputFormat f = InputFormat.detect(file, bytes).format().orElseThrow();
        return f.reader().parse(TextDecoder.decodeDeclared(bytes, d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nitf-story.xml", "ninjs-2.json", "ninjs-1.json", "cms-article.html"})
    void everyFieldIsRead(String file) throws Exception {
        Diagnostics d = new Diagnostics();
        String expected = Files.readString(DIR.resolve(file.replaceFirst("\\.[a-z]+$", ".model")));
        assertEquals(expected, ModelPrinter.print(parse(file, d)), () -> file + " " + d.list());
    }

    @Test
    void theHtmlSafeListAndTheFurnitureAreReported() throws Exception {
        Diagnostics d = new Diagnostics();
        parse("cms-article.html", d);
        assertTrue(d.has(Code.RAW_HTML_DROPPED), d.list().toString());
        long furniture = d.list().stream().filter(x -> x.code() == Code.BOILERPLATE_DROPPED).count();
        assertEquals(3, furniture, "the nav and footer around the article, its aside and footer: " + d.list());
        assertTrue(d.list().stream().anyMatch(x -> x.message().contains("Share this article")), d.list().toString());
    }

    @Test
    void externalEntitiesAreRefused() {
        ImprintException e = assertThrows(ImprintException.class, () -> parse("xxe.xml", new Diagnostics()));
        assertEquals(Code.INPUT_UNSAFE, e.code());
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd");
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ImprintException e = assertThrows(ImprintException.class, () -> parse("billion-laughs.xml", new Diagnostics()));
            assertEquals(Code.INPUT_UNSAFE, e.code());
        });
    }

    @Test
    void aTenMegabyteAttributeIsRefused() {
        String huge = "<nitf><body><body.content><p class=\"" + "x".repeat(10 * 1024 * 1024) + "\">t</p></body.content></body></nitf>";
        ImprintException e = assertThrows(ImprintException.class,
                () -> InputFormat.NITF.reader().parse(huge, new Diagnostics()));
        assertEquals(Code.INPUT_LIMIT, e.code());
        assertTrue(e.getMessage().contains("attribute 'class' of <p>"), e.getMessage());
    }

    @Test
    void undeclaredEntitiesWithoutTheDtdAreDroppedWithAWarning() throws Exception {
        Diagnostics d = new Diagnostics();
        var doc = InputFormat.NITF.reader().parse(
                "<nitf><body><body.content><p>a&nbsp;b&mdash;c &bogus; d</p></body.content></body></nitf>", d);
        assertEquals("paragraph\n  text \"a\u00A0b\u2014c d\"\n", ModelPrinter.printBlocks(doc.blocks()));
        assertTrue(d.has(Code.ENTITY_UNKNOWN));
    }

    @Test
    void malformedXmlAndJsonFailWithOneLine() throws Exception {
        ImprintException xml = assertThrows(ImprintException.class,
                () -> InputFormat.NITF.reader().parse("<nitf><body></nitf>", new Diagnostics()));
        assertEquals(Code.INPUT_MALFORMED, xml.code());
        assertTrue(xml.getMessage().startsWith("not well-formed XML at line 1"), xml.getMessage());
        ImprintException json = assertThrows(ImprintException.class, () -> parse("bad.json", new Diagnostics()));
        assertEquals(Code.INPUT_MALFORMED, json.code());
        assertFalse(json.getMessage().contains("\n"), json.getMessage());
        String deep = "{\"headline\": \"x\", \"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        ImprintException limit = assertThrows(ImprintException.class,
                () -> InputFormat.NINJS.reader().parse(deep, new Diagnostics()));
        assertEquals(Code.INPUT_LIMIT, limit.code());
    }

    @Test
    void formatsAreRecognisedByContent() {
        assertEquals(InputFormat.NITF, detect("story.txt", "<?xml version=\"1.0\"?>\n<nitf><head/></nitf>"));
        assertEquals(InputFormat.NINJS, detect("item", "{\"uri\": \"x\", \"headline\": \"y\"}"));
        assertEquals(InputFormat.HTML, detect("page.dat", "<!DOCTYPE html><html><body></body></html>"));
        assertEquals(InputFormat.TEXT, detect("note.txt", "Just text"));
        assertEquals(InputFormat.MARKDOWN, detect("n.md", "<div>raw html in markdown</div>"));
        var rss = InputFormat.detect("feed.xml", "<rss version=\"2.0\"></rss>".getBytes(StandardCharsets.UTF_8));
        assertTrue(rss.format().isEmpty());
        assertEquals("XML, but not a NITF story (the root element is <rss>)", rss.problem());
        var config = InputFormat.detect("settings.json", "{\"debug\": true}".getBytes(StandardCharsets.UTF_8));
        assertTrue(config.format().isEmpty());
        assertTrue(InputFormat.detect("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}).format().isEmpty());
    }

    private static InputFormat detect(String name, String content) {
        return InputFormat.detect(name, content.getBytes(StandardCharsets.UTF_8)).format().orElse(null);
    }

    @Test
    void aDeclaredLatin1EncodingIsHonoured() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.content><p>Finistère</p></body.content></body></nitf>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Diagnostics d = new Diagnostics();
        var doc = InputFormat.NITF.reader().parse(TextDecoder.decodeDeclared(latin1, d), d);
        assertEquals("paragraph\n  text \"Finistère\"\n", ModelPrinter.printBlocks(doc.blocks()));
    }

    @Test
    void everyFixtureIsListed() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            assertEquals(11, s.filter(Files::isRegularFile).count(), "a new fixture needs a test here");
        }
    }
}
