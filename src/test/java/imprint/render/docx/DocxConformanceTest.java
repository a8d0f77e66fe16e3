package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.testing.DocxValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Issue 15's conformance: every part of every fixture valid by the ECMA-376 transitional
 * schemas, every relationship id resolved in its own part's relationships, footnotes built as
 * Word builds them, and Word's own skeleton of parts and settings. Each check has a negative
 * control: the same check on a part broken on purpose must fail.
 */
class DocxConformanceTest {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @ParameterizedTest(name = "{0}")
    @MethodSource("imprint.render.docx.DocxFixtures#arguments")
    void everyPartValidatesAndEveryRelationshipResolves(DocxFixtures.Fixture f) throws Exception {
        byte[] docx = DocxFixtures.render(f);
        assertEquals(List.of(), DocxValidator.problems(docx), f.name());
        Map<String, byte[]> parts = ZipFiles.read(docx);
        assertTrue(DocxValidator.relationshipReferences(parts) >= 1, "the walk saw the section's header or footer");
        assertArrayEquals(docx, DocxFixtures.render(f), f.name() + ": same input, same bytes");
    }

    @Test
    void linksAndImagesInNotesUseTheNotesOwnRelationships() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(DocxFixtures.render(DocxFixtures.structures(), defaults()));
        String rels = text(parts, "word/_rels/footnotes.xml.rels");
        assertTrue(rels.contains("Target=\"https://example.org/notes?a=1&amp;b=2\" TargetMode=\"External\""), rels);
        assertTrue(rels.contains("Target=\"media/image1.png\""), rels);
        String notes = text(parts, "word/footnotes.xml");
        assertTrue(notes.contains("r:embed=\"rId"), "the picture in the note");
        assertEquals(List.of(), DocxValidator.danglingRelationships(parts));
        assertTrue(DocxValidator.relationshipReferences(Map.of("word/footnotes.xml", parts.get("word/footnotes.xml"))) >= 2,
                "the walk saw the note's link and picture");
    }

    @Test
    void footnotesAreBuiltAsWordBuildsThem() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(DocxFixtures.render(DocxFixtures.structures(), defaults()));
        Element root = DocxValidator.xml(parts.get("word/footnotes.xml"));
        List<Element> notes = DocxValidator.children(root);
        assertEquals("separator", notes.get(0).getAttributeNS(W, "type"));
        assertEquals("-1", notes.get(0).getAttributeNS(W, "id"));
        assertEquals(1, notes.get(0).getElementsByTagNameNS(W, "separator").getLength());
        assertEquals("continuationSeparator", notes.get(1).getAttributeNS(W, "type"));
        assertEquals("0", notes.get(1).getAttributeNS(W, "id"));
        assertEquals(1, notes.get(1).getElementsByTagNameNS(W, "continuationSeparator").getLength());
        List<String> ids = new ArrayList<>();
        for (Element n : notes.subList(2, notes.size())) {
            ids.add(n.getAttributeNS(W, "id"));
            Element run = first(first(n, "p"), "r");
            assertEquals(1, run.getElementsByTagNameNS(W, "rPr").getLength(), "one rPr in the reference run");
            assertEquals(1, run.getElementsByTagNameNS(W, "footnoteRef").getLength(), "one footnoteRef");
            assertEquals("FootnoteReference", first(first(run, "rPr"), "rStyle").getAttributeNS(W, "val"));
            assertEquals(1, n.getElementsByTagNameNS(W, "footnoteRef").getLength(), "one footnoteRef per note");
            Element space = (Element) run.getNextSibling();
            Element t = first(space, "t");
            assertEquals(" ", t.getTextContent(), "the space after the number");
            assertEquals("preserve", t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"));
        }
        // Referenced from the text, numbered as Word numbers them: the order of the references.
        assertEquals(List.of("1", "2", "3", "4"), ids);
        Element doc = DocxValidator.xml(parts.get("word/document.xml"));
        assertEquals(4, doc.getElementsByTagNameNS(W, "footnoteReference").getLength(), "each note referenced once");
        String body = text(parts, "word/document.xml");
        assertTrue(body.contains("<w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:t xml:space=\"preserve\">1</w:t>"),
                "the second reference to note 1 is its number");
        String fn = text(parts, "word/footnotes.xml");
        assertTrue(fn.contains("The outer note, citing") && fn.contains(">a</w:t>")
                && fn.contains("The inner note, referenced only from a note."), "the inner note printed in the outer one: " + fn);
        assertTrue(fn.contains("<w:tbl>"), "a table in a note stays a table");
    }

    @Test
    void settingsAreWord2013PlusWithTheSeparatorsAndTheLanguage() throws Exception {
        Map<String, byte[]> ks = ZipFiles.read(DocxFixtures.render(SampleDocuments.kitchenSink(), defaults()));
        Element s = DocxValidator.xml(ks.get("word/settings.xml"));
        Element compat = first(first(s, "compat"), "compatSetting");
        assertEquals("compatibilityMode", compat.getAttributeNS(W, "name"));
        assertEquals("http://schemas.microsoft.com/office/word", compat.getAttributeNS(W, "uri"));
        assertEquals("15", compat.getAttributeNS(W, "val"));
        assertEquals("720", first(s, "defaultTabStop").getAttributeNS(W, "val"));
        assertEquals("en-US", first(s, "themeFontLang").getAttributeNS(W, "val"));
        assertEquals(List.of("-1", "0"), ids(first(s, "footnotePr"), "footnote"));
        assertEquals(List.of("-1", "0"), ids(first(s, "endnotePr"), "endnote"));
        assertEquals("true", first(s, "updateFields").getAttributeNS(W, "val"), "the contents list gets Word's pages");
        String styles = text(ks, "word/styles.xml");
        assertTrue(styles.contains("<w:lang w:val=\"en-US\""), "the proofing language");

        Map<String, byte[]> seed = ZipFiles.read(DocxFixtures.render(SampleDocuments.seedArticle(), defaults()));
        Element plain = DocxValidator.xml(seed.get("word/settings.xml"));
        assertEquals(0, plain.getElementsByTagNameNS(W, "updateFields").getLength(), "no contents, no question on opening");
        assertEquals(0, plain.getElementsByTagNameNS(W, "footnotePr").getLength(), "no notes, no separators");
        assertFalse(seed.containsKey("word/footnotes.xml"));

        Map<String, byte[]> fr = ZipFiles.read(DocxFixtures.render(new imprint.model.Document(
                SampleDocuments.seedArticle().metadata().withLanguage("fr"), SampleDocuments.seedArticle().blocks()), defaults()));
        Element frs = DocxValidator.xml(fr.get("word/settings.xml"));
        assertEquals("fr", first(frs, "themeFontLang").getAttributeNS(W, "val"));
        assertEquals(",", first(frs, "decimalSymbol").getAttributeNS(W, "val"));
        assertTrue(text(fr, "word/styles.xml").contains("<w:lang w:val=\"fr\""));
    }

    /** The parts Word writes for a new document, each with the content type Word gives it. */
    @Test
    void thePackageHasWordsSkeleton() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(DocxFixtures.render(SampleDocuments.kitchenSink(), defaults()));
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml",
                "word/theme/theme1.xml", "word/footnotes.xml", "word/endnotes.xml", "word/footer1.xml",
                "docProps/core.xml", "docProps/app.xml")) {
            assertTrue(parts.containsKey(part), "part " + part + " in " + parts.keySet());
        }
        String app = text(parts, "docProps/app.xml");
        int words = TitleBlock.words(imprint.Imprint.plan(SampleDocuments.kitchenSink(),
                imprint.plan.RenderContext.defaults("k.md")));
        assertTrue(app.contains("<Words>" + words + "</Words>") && words > 50, app);
        String fonts = text(parts, "word/fontTable.xml");
        for (String font : List.of("Cambria", "Calibri", "Consolas")) {
            assertTrue(fonts.contains("w:name=\"" + font + "\""), "every font the styles name: " + font);
        }
    }

    /** A user's reference document (here one POI wrote): its styles merged as text, still valid, theirs winning. */
    @Test
    void referenceDocumentStylesMergeIntoAValidPart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path ref = tmp.resolve("reference.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument r = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var styles = r.createStyles();
            var quote = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            quote.setStyleId("Quote");
            quote.addNewName().setVal("Quote");
            quote.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            quote.addNewRPr().addNewColor().setVal("00AA00");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(quote));
            try (var out = java.nio.file.Files.newOutputStream(ref)) {
                r.write(out);
            }
        }
        for (imprint.plan.RenderOptions o : List.of(defaults().withReferenceDocx(ref), DocxFixtures.MANUSCRIPT.withReferenceDocx(ref))) {
            byte[] docx = DocxFixtures.render(SampleDocuments.kitchenSink(), o);
            assertEquals(List.of(), DocxValidator.problems(docx));
            String styles = text(ZipFiles.read(docx), "word/styles.xml");
            assertTrue(styles.contains("00AA00"), "their Quote");
            assertEquals(1, styles.split("w:styleId=\"Quote\"", -1).length - 1, "one Quote style, theirs");
            assertTrue(styles.contains("w:styleId=\"SourceCode\""), "ours where they have none");
        }
    }

    // --- negative controls: each check above fails on a part broken on purpose ---

    @Test
    void theSchemaCheckRejectsBrokenParts() throws Exception {
        byte[] good = DocxFixtures.render(SampleDocuments.kitchenSink(), defaults());
        assertEquals(List.of(), DocxValidator.problems(good));
        // The malformed footnote of issue 15: two rPr and two footnoteRef in the reference run.
        assertFalse(problems(good, "word/footnotes.xml", s -> s.replaceFirst(
                "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/>",
                "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/>"
                        + "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/>"))
                .isEmpty());
        assertFalse(problems(good, "word/document.xml", s -> s.replaceFirst(
                "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>", "<w:pPr><w:jc w:val=\"center\"/><w:pStyle w:val=\"Title\"/></w:pPr>"))
                .isEmpty(), "pPr children out of order");
        assertFalse(problems(good, "word/settings.xml", s -> s.replace("<w:zoom w:percent=\"100\"/>", "<w:zoom/><w:zoom/>"))
                .isEmpty());
        assertFalse(problems(good, "word/theme/theme1.xml", s -> s.replaceFirst("<a:dk1>.*?</a:dk1>", "")).isEmpty(),
                "a colour scheme without its first colour");
        assertFalse(problems(good, "word/_rels/document.xml.rels", s -> s.replaceFirst("Id=\"rId1\"", "Ident=\"rId1\""))
                .isEmpty());
        assertFalse(problems(good, "[Content_Types].xml", s -> s.replace("image/png", "image png")).isEmpty(),
                "a malformed media type");
        assertFalse(problems(good, "docProps/core.xml", s -> s.replace("<dc:title>", "<dc:title xml:lang=\"en\">")).isEmpty(),
                "OPC forbids xml:lang in the core properties");
        assertFalse(problems(good, "docProps/app.xml", s -> s.replace("<Words>", "<Words>x")).isEmpty());
    }

    @Test
    void theRelationshipWalkFindsADanglingId() throws Exception {
        byte[] good = DocxFixtures.render(DocxFixtures.structures(), defaults());
        Map<String, byte[]> parts = ZipFiles.read(good);
        // The defect of issue 15: a link in a note pointing at an id only the document's rels have.
        String notes = text(parts, "word/footnotes.xml").replaceFirst("r:id=\"rId\\d+\"", "r:id=\"rId999\"");
        parts.put("word/footnotes.xml", notes.getBytes(StandardCharsets.UTF_8));
        List<String> dangling = DocxValidator.danglingRelationships(parts);
        assertEquals(1, dangling.size(), dangling.toString());
        assertTrue(dangling.get(0).contains("rId999"));
    }

    private static imprint.plan.RenderOptions defaults() {
        return imprint.plan.RenderOptions.DEFAULTS;
    }

    /** The validator's findings after {@code edit} is applied to one part. */
    static List<String> problems(byte[] docx, String part, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>(ZipFiles.read(docx));
        String before = text(parts, part);
        String after = edit.apply(before);
        assertTrue(!after.equals(before), "the edit changed " + part);
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return DocxValidator.problems(parts, bytes.toByteArray());
    }

    static String text(Map<String, byte[]> parts, String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    static Element first(Element e, String local) {
        return (Element) e.getElementsByTagNameNS(W, local).item(0);
    }

    private static List<String> ids(Element parent, String local) {
        List<String> out = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(W, local);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttributeNS(W, "id"));
        }
        return out;
    }
}
