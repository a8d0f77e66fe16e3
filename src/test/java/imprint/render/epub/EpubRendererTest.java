package imprint.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import imprint.model.Metadata;
import imprint.model.ModelText;
import imprint.resource.FolderResourceResolver;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.testing.EpubValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** EPUB output: validated by EPUBCheck and read back as XML and with epub4j. */
class EpubRendererTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("seed", SampleDocuments.seedArticle()),
                Arguments.of("kitchen-sink", SampleDocuments.kitchenSink()),
                Arguments.of("multi-language", SampleDocuments.multiLanguage()),
                Arguments.of("long-book", SampleDocuments.longBook(40, 10)),
                Arguments.of("untitled", new Document(Metadata.EMPTY, List.of(SampleDocuments.p("Just a paragraph.")))));
    }

    static byte[] render(Document doc, RenderOptions options) throws IOException {
        RenderContext ctx = new RenderContext(options, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(imprint.plan.DocumentPlan.of(doc, ctx), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void passesEpubCheckWithoutErrorsOrWarnings(String name, Document doc) throws IOException {
        List<String> problems = EpubValidator.problems(render(doc, RenderOptions.DEFAULTS));
        List<String> serious = problems.stream().filter(p -> !p.startsWith("USAGE")).toList();
        assertEquals(List.of(), serious, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyBlockOfTheModelIsReadBackInOrder(String name, Document doc) throws Exception {
        Map<String, byte[]> zip = ZipFiles.read(render(doc, RenderOptions.DEFAULTS));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            if (e.getKey().startsWith("EPUB/chapter-")) {
                org.w3c.dom.Document x = parse(e.getValue());
                // Footnotes are checked separately; the body is the section without asides.
                NodeList asides = x.getElementsByTagName("aside");
                for (int i = asides.getLength() - 1; i >= 0; i--) {
                    asides.item(i).getParentNode().removeChild(asides.item(i));
                }
                NodeList anchors = x.getElementsByTagName("a");
                for (int i = anchors.getLength() - 1; i >= 0; i--) {
                    Element a = (Element) anchors.item(i);
                    if (a.getAttribute("epub:type").equals("noteref")) {
                        a.getParentNode().getParentNode().removeChild(a.getParentNode());
                    }
                }
                // Images read as their alternative text, as a screen reader speaks them.
                NodeList imgs = x.getElementsByTagName("img");
                for (int i = imgs.getLength() - 1; i >= 0; i--) {
                    Element img = (Element) imgs.item(i);
                    img.getParentNode().replaceChild(x.createTextNode(img.getAttribute("alt")), img);
                }
                text.append(x.getDocumentElement().getElementsByTagName("body").item(0).getTextContent());
            }
        }
        String got = ModelText.squeeze(text.toString());
        int from = 0;
        for (String block : ModelText.bodyBlocks(doc)) {
            String want = ModelText.squeeze(block);
            int at = got.indexOf(want, from);
            assertTrue(at >= 0, name + ": missing or out of order: " + block);
            from = at + want.length();
        }
    }

    @Test
    void theValidatorCanFail() throws Exception {
        // A negative control: the same book with a link to a missing chapter must be rejected.
        byte[] good = render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS);
        Map<String, byte[]> files = ZipFiles.read(good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EpubZip zip = new EpubZip(out, imprint.plan.Timestamps.DEFAULT)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (e.getKey().equals("mimetype")) {
                    continue;
                }
                byte[] data = e.getKey().endsWith("chapter-001.xhtml")
                        ? new String(e.getValue(), StandardCharsets.UTF_8).replace("href=\"#tables\"", "href=\"missing.xhtml#x\"")
                                .getBytes(StandardCharsets.UTF_8) : e.getValue();
                zip.add(e.getKey(), data);
            }
        }
        assertTrue(EpubValidator.problems(out.toByteArray()).stream().anyMatch(p -> p.startsWith("ERROR")));
    }

    @Test
    void navEntriesAreTheHeadingsAndLinksResolve() throws Exception {
        Document doc = SampleDocuments.kitchenSink();
        Map<String, byte[]> zip = ZipFiles.read(render(doc, RenderOptions.DEFAULTS));
        org.w3c.dom.Document nav = parse(zip.get("EPUB/nav.xhtml"));
        Element toc = (Element) nav.getElementsByTagName("nav").item(0);
        NodeList links = toc.getElementsByTagName("a");
        List<String> got = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            got.add(links.item(i).getTextContent());
            String href = ((Element) links.item(i)).getAttribute("href");
            String file = href.substring(0, href.indexOf('#'));
            String id = href.substring(href.indexOf('#') + 1);
            String chapter = new String(zip.get("EPUB/" + file), StandardCharsets.UTF_8);
            assertTrue(chapter.contains("id=\"" + id + "\""), href);
        }
        List<String> want = doc.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() <= 3)
                .map(b -> Inlines.plainText(((Block.Heading) b).content())).toList();
        assertEquals(want, got);
    }

    @Test
    void footnotesArePopUpNotesWithBackLinks() throws Exception {
        Map<String, byte[]> zip = ZipFiles.read(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS));
        String all = zip.entrySet().stream().filter(e -> e.getKey().contains("chapter-"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(all.contains("<sup><a epub:type=\"noteref\" role=\"doc-noteref\" id=\"fnref-1\""), "noteref inside sup");
        assertTrue(all.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-1\""), all);
        assertTrue(all.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-2\""));
        assertTrue(all.contains("The first footnote, with"));
        assertTrue(all.contains("href=\"#fnref-1\" role=\"doc-backlink\""));
    }

    @Test
    void aNoteReferenceInsideALinkFollowsTheLinkAndTheBookStaysValid() throws Exception {
        Document doc = imprint.Imprint.read("# T\n\nSee [the report[^1] online](https://example.com/r) now.\n\n[^1]: The note.\n",
                imprint.read.InputFormat.MARKDOWN, new imprint.diag.Diagnostics());
        byte[] epub = render(doc, RenderOptions.DEFAULTS);
        String all = ZipFiles.read(epub).entrySet().stream().filter(e -> e.getKey().contains("chapter-"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(all.contains("<a href=\"https://example.com/r\">the report online</a><sup><a epub:type=\"noteref\""), all);
        assertEquals(List.of(), EpubValidator.problems(epub));
    }

    @Test
    void identicalInputGivesIdenticalBytesAndTheContainerIsWellFormed() throws Exception {
        byte[] a = render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS);
        byte[] b = render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS);
        assertArrayEquals(a, b);
        // mimetype first and stored, as readers require
        assertEquals("mimetype", new String(a, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(0, a[8], "stored, not deflated");
        assertEquals("application/epub+zip", new String(a, 38, 20, StandardCharsets.US_ASCII));
        Map<String, byte[]> zip = ZipFiles.read(a);
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            if (e.getKey().endsWith(".xhtml") || e.getKey().endsWith(".opf") || e.getKey().endsWith(".ncx")) {
                org.w3c.dom.Document x = parse(e.getValue());
                String s = new String(e.getValue(), StandardCharsets.UTF_8);
                assertFalse(s.contains("<script") || s.contains("javascript:") || s.matches("(?s).*\\son[a-z]+=.*"), e.getKey());
                if (e.getKey().endsWith(".xhtml")) {
                    assertEquals("en", x.getDocumentElement().getAttribute("lang"), e.getKey());
                    assertEquals("en", x.getDocumentElement().getAttribute("xml:lang"), e.getKey());
                }
            }
        }
    }

    @Test
    void epub4jReadsTheBookBack() throws IOException {
        byte[] epub = render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS);
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));
        assertEquals(SampleDocuments.kitchenSink().metadata().title(), book.getTitle());
        assertEquals(List.of("Ada", "Émile"), book.getMetadata().getAuthors().stream().map(a -> a.getFirstname()).toList());
        assertTrue(book.getSpine().size() >= 4, "cover, title page, contents and chapters in the spine");
        assertTrue(book.getCoverImage() != null, "cover image found");
    }

    @Test
    void timestampGoesIntoDctermsModified() throws IOException {
        byte[] epub = render(SampleDocuments.seedArticle(),
                RenderOptions.DEFAULTS.withPinnedTime(java.time.Instant.parse("2023-11-14T22:13:20Z")));
        String opf = new String(ZipFiles.read(epub).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"), opf);
    }

    @Test
    void splitLevelMakesOneFilePerSectionAndLinksFollow() throws Exception {
        Document doc = SampleDocuments.kitchenSink();
        Map<String, byte[]> one = ZipFiles.read(render(doc, RenderOptions.DEFAULTS));
        Map<String, byte[]> two = ZipFiles.read(render(doc, RenderOptions.DEFAULTS.withEpubSplitLevel(2)));
        long chapters1 = one.keySet().stream().filter(k -> k.contains("chapter-")).count();
        long chapters2 = two.keySet().stream().filter(k -> k.contains("chapter-")).count();
        assertEquals(1, chapters1, "one level-1 heading: one chapter");
        assertEquals(5, chapters2, "Introduction, Lists, Quotes and code, Tables, Images");
        String intro = new String(two.get("EPUB/chapter-001.xhtml"), StandardCharsets.UTF_8);
        assertTrue(intro.contains("href=\"chapter-004.xhtml#tables\""), "internal link rewritten to the file of its target");
        assertEquals(List.of(), EpubValidator.problems(render(doc, RenderOptions.DEFAULTS.withEpubSplitLevel(2)))
                .stream().filter(p -> !p.startsWith("USAGE")).toList());
    }

    @Test
    void theFrontMatterCoverImageIsUsed() throws Exception {
        Document doc = SampleDocuments.seedArticle();
        doc = doc.withMetadata(doc.metadata().withCoverImage("images/gradient.png"));
        Map<String, byte[]> zip = ZipFiles.read(render(doc, RenderOptions.DEFAULTS));
        assertArrayEquals(java.nio.file.Files.readAllBytes(SampleDocuments.FIXTURES.resolve("images/gradient.png")),
                zip.get("EPUB/images/cover.png"));
        String opf = new String(zip.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("properties=\"cover-image\"") && opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"), opf);
    }

    static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml));
    }
}
