package imprint.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.testing.HtmlValidator;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The web page: valid by the Nu Html Checker, self-contained, every internal link resolving. */
class HtmlRendererTest {
    static Stream<Arguments> documents() throws Exception {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("seed", Imprint.read(Path.of("seeds/france-girds-against-cyberattacks.txt"), new Diagnostics()),
                RenderOptions.DEFAULTS));
        out.add(Arguments.of("kitchen-sink.md", Imprint.read(Path.of("src/test/resources/fixtures/kitchen-sink.md"),
                new Diagnostics()), RenderOptions.DEFAULTS));
        out.add(Arguments.of("multi-language.md", Imprint.read(Path.of("src/test/resources/fixtures/multi-language.md"),
                new Diagnostics()), RenderOptions.DEFAULTS));
        out.add(Arguments.of("model kitchen sink", SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS));
        out.add(Arguments.of("model kitchen sink, contents", SampleDocuments.kitchenSink(),
                RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON)));
        out.add(Arguments.of("long book, contents", SampleDocuments.longBook(20, 6),
                RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON)));
        return out.stream();
    }

    static byte[] render(Document doc, RenderOptions options) throws Exception {
        RenderContext ctx = new RenderContext(options, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(doc, OutputFormat.HTML, ctx, out);
        return out.toByteArray();
    }

    static org.w3c.dom.Document dom(byte[] html) throws Exception {
        return new HtmlDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(html)));
    }

    static List<Element> all(org.w3c.dom.Document d, String tag) {
        NodeList l = d.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theNuHtmlCheckerFindsNoError(String name, Document doc, RenderOptions options) throws Exception {
        assertEquals(List.of(), HtmlValidator.errors(render(doc, options)), name);
    }

    @Test
    void theCheckerCanFail() throws Exception {
        // A negative control: our own page with a block inside a paragraph and a duplicate id.
        String html = new String(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS), StandardCharsets.UTF_8);
        String broken = html.replaceFirst("<p>", "<p><div id=\"fn-1\">x</div>");
        assertFalse(HtmlValidator.errors(broken.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void selfContainedWithEveryLinkResolving(String name, Document doc, RenderOptions options) throws Exception {
        byte[] html = render(doc, options);
        org.w3c.dom.Document d = dom(html);
        Element root = d.getDocumentElement();
        assertEquals(doc.metadata().languageOrDefault(), root.getAttribute("lang"), name);
        assertTrue(all(d, "script").isEmpty(), "no script");
        assertTrue(all(d, "link").isEmpty(), "no external stylesheet: the CSS is inline");
        assertEquals(1, all(d, "style").size(), "one inline stylesheet");
        assertTrue(all(d, "meta").stream().anyMatch(m -> "viewport".equals(m.getAttribute("name"))), "responsive");
        for (Element img : all(d, "img")) {
            assertTrue(img.getAttribute("src").startsWith("data:image/"), name + ": images are embedded");
            assertTrue(img.hasAttribute("alt"), "alt text");
        }
        Set<String> ids = new HashSet<>();
        for (Element e : all(d, "*")) {
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), name + ": duplicate id " + e.getAttribute("id"));
            }
        }
        for (Element a : all(d, "a")) {
            String href = a.getAttribute("href");
            if (href.startsWith("#")) {
                assertTrue(ids.contains(href.substring(1)), name + ": dangling link " + href);
            } else {
                assertTrue(href.matches("(https?|mailto|tel):.+"), name + ": only safe links: " + href);
            }
        }
    }

    @Test
    void footnotesAreAListWithLinksBothWays() throws Exception {
        org.w3c.dom.Document d = dom(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS));
        Element notes = all(d, "section").stream().filter(s -> "doc-endnotes".equals(s.getAttribute("role")))
                .findFirst().orElseThrow();
        List<Element> items = new ArrayList<>();
        NodeList lis = notes.getElementsByTagNameNS("*", "li");
        for (int i = 0; i < lis.getLength(); i++) {
            items.add((Element) lis.item(i));
        }
        assertEquals(2, items.size());
        for (int n = 1; n <= items.size(); n++) {
            assertEquals("fn-" + n, items.get(n - 1).getAttribute("id"));
            int k = n;
            assertTrue(all(d, "a").stream().anyMatch(a -> ("#fnref-" + k).equals(a.getAttribute("href"))
                    && "doc-backlink".equals(a.getAttribute("role"))), "back link " + n);
            assertTrue(all(d, "a").stream().anyMatch(a -> ("#fn-" + k).equals(a.getAttribute("href"))
                    && "doc-noteref".equals(a.getAttribute("role")) && ("fnref-" + k).equals(a.getAttribute("id"))),
                    "reference " + n);
        }
    }

    @Test
    void contentsOnlyWhenAskedFor() throws Exception {
        assertTrue(all(dom(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS)), "nav").isEmpty());
        List<Element> nav = all(dom(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON))), "nav");
        assertEquals(1, nav.size());
        assertEquals("doc-toc", nav.get(0).getAttribute("role"));
    }

    @Test
    void sameBytesEveryTime() throws Exception {
        assertTrue(java.util.Arrays.equals(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS),
                render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS)));
    }
}
