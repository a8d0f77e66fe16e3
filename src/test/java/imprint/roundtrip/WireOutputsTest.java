package imprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.testing.WordParity;
import imprint.testing.ZipFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the wire wrote reaches the exports: the byline's role, the dateline and a photo's caption
 * and credit in the EPUB and the web page and their metadata (read back with an XML parser and
 * the Nu HTML parser), and word parity of at least 0.99 for every wire fixture in every format.
 * The source's words come from the source file, by its own means (a DOM of the NITF, the Nu
 * parser for HTML), never from our model; left out of them, as declared: the byline's "By"
 * label, NITF head metadata, abstract and distributor (carried as description and publisher in
 * each format's metadata), the HTML page furniture the notices name, and its title-block date
 * (shown as the ISO date).
 */
class WireOutputsTest {
    private static final Path DIR = Path.of("src/test/resources/wire");

    static byte[] render(Document doc, OutputFormat f, Diagnostics d) throws Exception {
        RenderContext ctx = new RenderContext(RenderOptions.DEFAULTS, d, new FolderResourceResolver(List.of(DIR)), "story");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), f, out);
        return out.toByteArray();
    }

    @Test
    void theNitfStoryShowsBylineRoleDatelineCaptionAndCredit() throws Exception {
        Document doc = Imprint.read(DIR.resolve("nitf-story.xml"), new Diagnostics());
        String html = new String(render(doc, OutputFormat.HTML, new Diagnostics()), StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"author\">Elena Marsh</span><br><span class=\"role\">Staff Writer</span>"), html);
        assertTrue(html.contains("<p><span class=\"dateline\">DOUARNENEZ, France (OW)</span> — Dozens"), html);
        assertTrue(html.contains("<figcaption>Trawlers moored in Douarnenez on Friday. <small class=\"credit\">Yann Le Goff/Ouest Wire</small></figcaption>"), html);
        assertTrue(html.contains("<p class=\"copyright\">© 2024 Ouest Wire</p>"), html);
        String body = WordParity.htmlText(html.getBytes(StandardCharsets.UTF_8));
        assertTrue(body.contains("Staff Writer") && body.contains("Yann Le Goff/Ouest Wire"), body);

        Map<String, byte[]> epub = ZipFiles.read(render(doc, OutputFormat.EPUB, new Diagnostics()));
        Element opf = xml(epub.get("EPUB/package.opf"));
        assertEquals("Elena Marsh", first(opf, "creator").getTextContent());
        Element role = null;
        NodeList metas = opf.getElementsByTagNameNS("*", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if ("#creator-1".equals(m.getAttribute("refines")) && "role".equals(m.getAttribute("property"))) {
                role = m;
            }
        }
        assertTrue(role != null && role.getTextContent().equals("aut") && role.getAttribute("scheme").equals("marc:relators"));
        assertEquals("© 2024 Ouest Wire", first(opf, "rights").getTextContent());
        String title = new String(epub.get("EPUB/title.xhtml"), StandardCharsets.UTF_8);
        assertTrue(title.contains("<p class=\"author\">Elena Marsh</p>") && title.contains("<p class=\"role\">Staff Writer</p>"), title);
        String chapters = WordParity.epubText(render(doc, OutputFormat.EPUB, new Diagnostics()));
        assertTrue(chapters.contains("Yann Le Goff/Ouest Wire"), chapters);
        boolean dateline = false;
        for (Map.Entry<String, byte[]> e : epub.entrySet()) {
            dateline |= new String(e.getValue(), StandardCharsets.UTF_8).contains("<span class=\"dateline\">DOUARNENEZ, France (OW)</span>");
        }
        assertTrue(dateline, "the EPUB sets the dateline apart");
    }

    /** The DOCX shows them in styles an editor can find and change, and every part stays schema-valid. */
    @Test
    void theDocxSetsBylineRoleDatelineCreditAndCopyrightInTheirOwnStyles() throws Exception {
        Document doc = Imprint.read(DIR.resolve("nitf-story.xml"), new Diagnostics());
        byte[] docx = render(doc, OutputFormat.DOCX, new Diagnostics());
        assertEquals(List.of(), imprint.testing.DocxValidator.problems(docx));
        String body = new String(ZipFiles.read(docx).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(body.contains("<w:pStyle w:val=\"Author\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Elena Marsh</w:t>"), body);
        assertTrue(body.contains("<w:pStyle w:val=\"AuthorRole\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Staff Writer</w:t>"), body);
        assertTrue(body.contains("<w:rStyle w:val=\"Dateline\"/></w:rPr><w:t xml:space=\"preserve\">DOUARNENEZ, France (OW)</w:t>"
                + "</w:r><w:r><w:t xml:space=\"preserve\"> — Dozens"), body);
        assertTrue(body.contains("<w:pStyle w:val=\"PhotoCredit\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Yann Le Goff/Ouest Wire</w:t>"), body);
        assertTrue(body.contains("<w:pStyle w:val=\"Copyright\"/></w:pPr><w:r><w:t xml:space=\"preserve\">© 2024 Ouest Wire</w:t>"), body);
        String styles = new String(ZipFiles.read(docx).get("word/styles.xml"), StandardCharsets.UTF_8);
        for (String id : List.of("AuthorRole", "Dateline", "PhotoCredit", "Copyright")) {
            assertTrue(styles.contains("w:styleId=\"" + id + "\""), id);
        }
    }

    /** The PDF prints the role line, the dateline (in small capitals), the photo credit and the copyright line. */
    @Test
    void thePdfShowsRoleDatelineCreditAndCopyright() throws Exception {
        Document doc = Imprint.read(DIR.resolve("nitf-story.xml"), new Diagnostics());
        String text = WordParity.pdfText(render(doc, OutputFormat.PDF, new Diagnostics()));
        assertTrue(text.contains("Elena Marsh\nStaff Writer\nMay 17, 2024, 14:30 UTC"), text);
        assertTrue(text.contains("DOUARNENEZ, FRANCE (OW) — Dozens"), text);
        assertTrue(text.contains("Yann Le Goff/Ouest Wire\nTrawlers moored"), text);
        assertTrue(text.contains("from Brest.\n© 2024 Ouest Wire\n"), text);
    }

    /** The PDF's XMP names each author in order and carries the copyright line (dc:rights). */
    @Test
    void thePdfMetadataCarriesCreatorsAndRights() throws Exception {
        Document doc = Imprint.read(DIR.resolve("nitf-story.xml"), new Diagnostics());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(render(doc, OutputFormat.PDF, new Diagnostics()));
                var xmp = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            var dc = new org.apache.xmpbox.xml.DomXmpParser().parse(xmp.readAllBytes()).getDublinCoreSchema();
            assertEquals(doc.metadata().authors(), dc.getCreators());
            assertEquals("© 2024 Ouest Wire", dc.getRights());
        }
    }

    @Test
    void aPhotoWithoutCaptionTakesItsIptcCaptionAndCredit() throws Exception {
        Document doc = Imprint.read(DIR.resolve("ninjs-2.json"), new Diagnostics());
        Diagnostics d = new Diagnostics();
        String html = new String(render(doc, OutputFormat.HTML, d), StandardCharsets.UTF_8);
        assertTrue(html.contains("<figcaption>Fishing boats at dawn in the harbour of Douarnenez. "
                + "<small class=\"credit\">Photo: Yann Le Goff/Ouest Wire</small></figcaption>"), html);
        assertTrue(d.has(Code.IMAGE_METADATA_USED), d.list().toString());
        // the negative control: a photo without IPTC metadata gets nothing
        String plain = new String(render(Imprint.read(DIR.resolve("cms-article.html"), new Diagnostics()),
                OutputFormat.HTML, new Diagnostics()), StandardCharsets.UTF_8);
        assertTrue(plain.contains("<figcaption>Ar-Men, off the Île de Sein. <small class=\"credit\">Photo: Ouest Daily</small></figcaption>"), plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nitf-story.xml", "ninjs-2.json", "ninjs-1.json", "cms-article.html"})
    void wordParityInEveryFormat(String file) throws Exception {
        Document doc = Imprint.read(DIR.resolve(file), new Diagnostics());
        List<String> source = WordParity.words(SourceWords.of(DIR.resolve(file)));
        for (OutputFormat f : OutputFormat.values()) {
            byte[] out = render(doc, f, new Diagnostics());
            String text = switch (f) {
                case PDF -> WordParity.pdfText(out);
                case DOCX -> WordParity.docxText(out);
                case EPUB -> WordParity.epubText(out);
                case HTML -> WordParity.htmlText(out);
            };
            List<String> got = WordParity.words(text);
            double raw = WordParity.parity(source, got);
            System.out.printf("word parity %s %s: %.4f (%d source words; missing %s)%n", file, f, raw, source.size(),
                    WordParity.missing(source, got));
            assertTrue(raw >= 0.99, file + " as " + f + ": " + raw + ", missing " + WordParity.missing(source, got));
        }
    }

    /** The negative control: a story whose body lost a paragraph fails the measure. */
    @Test
    void aDroppedParagraphFailsTheMeasure() throws Exception {
        Document doc = Imprint.read(DIR.resolve("nitf-story.xml"), new Diagnostics());
        List<imprint.model.Block> blocks = new ArrayList<>(doc.blocks());
        blocks.remove(1);
        byte[] out = render(doc.withBlocks(blocks), OutputFormat.HTML, new Diagnostics());
        double p = WordParity.parity(WordParity.words(SourceWords.of(DIR.resolve("nitf-story.xml"))),
                WordParity.words(WordParity.htmlText(out)));
        assertTrue(p < 0.99, "parity " + p);
    }

    private static Element xml(byte[] b) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(b)).getDocumentElement();
    }

    private static Element first(Element root, String local) {
        return (Element) root.getElementsByTagNameNS("*", local).item(0);
    }
}
