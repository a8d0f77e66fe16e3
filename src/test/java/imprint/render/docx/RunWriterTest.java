package imprint.render.docx;

import static imprint.testing.SampleDocuments.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.resource.FolderResourceResolver;
import imprint.testing.DocxValidator;
import imprint.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The run writer on its own: inline content in, the runs of one paragraph out, each case
 * checked element by element, and every paragraph it writes valid by the schema of
 * {@code w:p}.
 */
class RunWriterTest {
    private static final String W = DocxConformanceTest.W;
    private DocxState state;
    private Xml out;
    private PartRels rels;

    @BeforeEach
    void plan() throws Exception {
        List<Block> blocks = List.of(SampleDocuments.h(1, "Target", "target"),
                SampleDocuments.p(t("x"), new Inline.FootnoteRef("n"), new Inline.Image("images/gradient.png", "", "")),
                new Block.FootnoteDefinition("n", List.of(SampleDocuments.p("A note."))));
        Document doc = new Document(Metadata.EMPTY.withTitle("T"), blocks);
        DocumentPlan plan = Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "t.md"));
        state = new DocxState(plan, Profile.of(plan));
        state.addBookmark("target");
        out = Xml.inMemory();
        rels = new PartRels();
    }

    /** The runs written for {@code content}, as the children of a parsed, schema-valid paragraph. */
    private List<Element> runs(Inline... content) throws Exception {
        new RunWriter(state, out, rels, null).write(List.of(content));
        String p = "<w:document" + Xml.CONTENT_NAMESPACES + "><w:body><w:p>" + new String(out.bytes(), StandardCharsets.UTF_8)
                + "</w:p></w:body></w:document>";
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        assertTrue(DocumentDocument.Factory.parse(p).validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors)),
                errors + "\n" + p);
        Element para = (Element) DocxValidator.xml(p.getBytes(StandardCharsets.UTF_8)).getElementsByTagNameNS(W, "p").item(0);
        return DocxValidator.children(para);
    }

    private static List<String> names(Element e) {
        List<String> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c.getLocalName());
            }
        }
        return out;
    }

    private static Element child(Element e, String local) {
        return (Element) e.getElementsByTagNameNS(W, local).item(0);
    }

    @Test
    void formattingNestsAsRunProperties() throws Exception {
        List<Element> r = runs(t("plain "), new Inline.Strong(List.of(t("bold "), new Inline.Emphasis(List.of(t("both"))))),
                new Inline.Strikethrough(List.of(new Inline.Emphasis(List.of(t("struck italic"))))));
        assertEquals(4, r.size());
        assertEquals(List.of("t"), names(r.get(0)), "no rPr on plain text");
        assertEquals(List.of("b", "bCs"), names(child(r.get(1), "rPr")));
        assertEquals(List.of("b", "bCs", "i", "iCs"), names(child(r.get(2), "rPr")));
        assertEquals(List.of("i", "iCs", "strike"), names(child(r.get(3), "rPr")));
        assertEquals("both", r.get(2).getTextContent());
        assertEquals("preserve", child(r.get(0), "t").getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"),
                "trailing spaces kept");
        // Emphasis inside emphasis turns italic off again, as in print.
        List<Element> nested = runs(new Inline.Emphasis(List.of(new Inline.Emphasis(List.of(t("upright"))))));
        assertEquals(0, nested.get(nested.size() - 1).getElementsByTagNameNS(W, "i").getLength());
    }

    @Test
    void codeIsVerbatimCharWithBreaksAndTabs() throws Exception {
        List<Element> r = runs(new Inline.Code("a\tb\nc <&> \"d\""));
        assertEquals(1, r.size());
        assertEquals("VerbatimChar", child(child(r.get(0), "rPr"), "rStyle").getAttributeNS(W, "val"));
        assertEquals(List.of("rPr", "t", "tab", "t", "br", "t"), names(r.get(0)));
        assertEquals("c <&> \"d\"", r.get(0).getElementsByTagNameNS(W, "t").item(2).getTextContent());
    }

    @Test
    void hardBreaksAreBreakRuns() throws Exception {
        List<Element> r = runs(t("one"), new Inline.LineBreak(), t("two"));
        assertEquals(List.of("br"), names(r.get(1)));
    }

    @Test
    void externalLinksGetARelationshipOfThePartInternalOnesAnAnchor() throws Exception {
        List<Element> r = runs(new Inline.Link("https://example.com/?a=1&b=2", "A title", List.of(t("web"))),
                new Inline.Link("#target", "", List.of(t("inside"))),
                new Inline.Link("https://example.com/?a=1&b=2", "", List.of(t("again"))));
        assertEquals("hyperlink", r.get(0).getLocalName());
        String id = r.get(0).getAttributeNS(Xml.R, "id");
        assertEquals("rId1", id);
        assertEquals("A title", r.get(0).getAttributeNS(W, "tooltip"));
        assertEquals("Hyperlink", child(child(r.get(0), "r"), "rStyle").getAttributeNS(W, "val"));
        assertEquals("target", r.get(1).getAttributeNS(W, "anchor"));
        assertEquals("", r.get(1).getAttributeNS(Xml.R, "id"));
        assertEquals("rId1", r.get(2).getAttributeNS(Xml.R, "id"), "one relationship per target");
        String part = new String(rels.part(), StandardCharsets.UTF_8);
        assertTrue(part.contains("Id=\"rId1\"") && part.contains("Target=\"https://example.com/?a=1&amp;b=2\" TargetMode=\"External\""),
                part);
    }

    @Test
    void unsafeMissingAndNestedLinksAreText() throws Exception {
        List<Element> r = runs(new Inline.Link("javascript:alert(1)", "", List.of(t("script"))),
                new Inline.Link("#nowhere", "", List.of(t("missing"))),
                new Inline.Link("https://a.example/", "", List.of(t("outer "),
                        new Inline.Link("https://b.example/", "", List.of(t("inner"))))));
        assertEquals(List.of("r", "r", "hyperlink"), r.stream().map(Element::getLocalName).toList());
        assertEquals(0, r.get(2).getElementsByTagNameNS(W, "hyperlink").getLength(), "no link inside a link");
        assertEquals("outer inner", r.get(2).getTextContent());
        assertTrue(new String(rels.part(), StandardCharsets.UTF_8).contains("https://a.example/"));
    }

    @Test
    void aNoteIsReferencedOnceThenByItsNumber() throws Exception {
        List<Element> r = runs(new Inline.FootnoteRef("n"), new Inline.FootnoteRef("n"), new Inline.FootnoteRef("missing"));
        assertEquals(List.of("rPr", "footnoteReference"), names(r.get(0)));
        assertEquals("1", child(r.get(0), "footnoteReference").getAttributeNS(W, "id"));
        assertEquals("FootnoteReference", child(child(r.get(1), "rPr"), "rStyle").getAttributeNS(W, "val"));
        assertEquals("1", child(r.get(1), "t").getTextContent());
        assertEquals("[missing]", r.get(2).getTextContent(), "a reference without a note shows its label");
    }

    @Test
    void imagesArePicturesWithAltTextOrThePlaceholder() throws Exception {
        List<Element> r = runs(new Inline.Image("images/gradient.png", "a gradient", ""),
                new Inline.Image("images/none.png", "gone", ""));
        Element docPr = (Element) r.get(0).getElementsByTagNameNS(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr").item(0);
        assertEquals("a gradient", docPr.getAttribute("descr"));
        Element blip = (Element) r.get(0).getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "blip").item(0);
        assertEquals("rId1", blip.getAttributeNS(Xml.R, "embed"));
        assertTrue(new String(rels.part(), StandardCharsets.UTF_8).contains("Target=\"media/image1.png\""));
        assertEquals("[gone]", r.get(1).getTextContent());
        assertEquals(1, state.media().size());
    }
}
