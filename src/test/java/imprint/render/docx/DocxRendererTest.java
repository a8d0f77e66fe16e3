package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import imprint.model.ModelText;
import imprint.resource.FolderResourceResolver;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOCX output read back with POI and checked against the model. */
class DocxRendererTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("seed", SampleDocuments.seedArticle()),
                Arguments.of("kitchen-sink", SampleDocuments.kitchenSink()),
                Arguments.of("multi-language", SampleDocuments.multiLanguage()),
                Arguments.of("long-book", SampleDocuments.longBook(30, 10)));
    }

    static byte[] render(Document doc, RenderOptions options) throws IOException {
        RenderContext ctx = new RenderContext(options, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(imprint.Imprint.plan(doc, ctx), out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Body paragraphs in order, descending into tables. */
    static List<XWPFParagraph> paragraphs(XWPFDocument d) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs())));
            }
        }
        return out;
    }

    /** The full text of every block of every fixture, in order (see {@link DocxReadBack#assertBodyInOrder}). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("imprint.render.docx.DocxFixtures#arguments")
    void everyBlockReadsBackInFullInOrder(DocxFixtures.Fixture f) throws IOException {
        try (XWPFDocument d = open(DocxFixtures.render(f))) {
            DocxReadBack.assertBodyInOrder(f.name(), f.doc(), DocxReadBack.paragraphs(d));
            List<DocxReadBack.Para> title = DocxReadBack.paragraphs(d).stream().filter(p -> "Title".equals(p.style())).toList();
            assertEquals(List.of(imprint.Imprint.plan(f.doc(), RenderContext.defaults("sample.md")).title()),
                    title.stream().map(DocxReadBack.Para::text).toList());
        }
    }

    /** The comparison itself fails when a heading moves: the test above can fail. */
    @Test
    void aReorderedHeadingFailsTheComparison() throws IOException {
        Document doc = SampleDocuments.kitchenSink();
        List<Block> moved = new ArrayList<>(doc.blocks());
        Block lists = moved.remove(2); // the "Lists" heading, moved after its list
        moved.add(3, lists);
        try (XWPFDocument d = open(render(new Document(doc.metadata(), moved), RenderOptions.DEFAULTS))) {
            List<DocxReadBack.Para> paras = DocxReadBack.paragraphs(d);
            assertThrows(AssertionError.class, () -> DocxReadBack.assertBodyInOrder("moved", doc, paras));
            DocxReadBack.assertBodyInOrder("moved", new Document(doc.metadata(), moved), paras);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyPartIsSchemaValid(String name, Document doc) throws Exception {
        byte[] docx = render(doc, RenderOptions.DEFAULTS);
        assertEquals(List.of(), imprint.testing.DocxValidator.problems(docx));
        assertEquals("[Content_Types].xml", ZipFiles.read(docx).keySet().iterator().next());
    }

    /**
     * The package imprint writes itself (see DocxPackage): every part has a content type, every
     * internal relationship points at a part, ids are unique, and the core properties match the
     * metadata.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void packageIsConsistent(String name, Document doc) throws Exception {
        Map<String, byte[]> zip = ZipFiles.read(render(doc, RenderOptions.DEFAULTS));
        org.w3c.dom.Element types = xml(zip.get("[Content_Types].xml"));
        java.util.Set<String> defaults = new java.util.HashSet<>();
        java.util.Set<String> overrides = new java.util.HashSet<>();
        for (org.w3c.dom.Element e : children(types)) {
            if (e.getLocalName().equals("Default")) {
                assertTrue(defaults.add(e.getAttribute("Extension")), "one Default per extension");
            } else {
                assertTrue(overrides.add(e.getAttribute("PartName")), "one Override per part");
            }
        }
        for (String entry : zip.keySet()) {
            if (!entry.equals("[Content_Types].xml")) {
                String ext = entry.substring(entry.lastIndexOf('.') + 1);
                // Every XML part of a word-processing package has its own type; application/xml will not do.
                assertTrue(overrides.contains("/" + entry) || defaults.contains(ext) && !ext.equals("xml"),
                        name + ": content type of " + entry);
            }
        }
        for (String part : overrides) {
            assertTrue(zip.containsKey(part.substring(1)), name + ": override for a missing part " + part);
        }
        int rels = 0;
        for (String entry : zip.keySet()) {
            if (!entry.endsWith(".rels")) {
                continue;
            }
            rels++;
            String base = entry.replaceFirst("_rels/[^/]*$", "");
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (org.w3c.dom.Element r : children(xml(zip.get(entry)))) {
                assertTrue(ids.add(r.getAttribute("Id")), name + ": duplicate id in " + entry);
                if (!r.getAttribute("TargetMode").equals("External")) {
                    String target = java.net.URI.create("/" + base).resolve(r.getAttribute("Target")).getPath().substring(1);
                    assertTrue(zip.containsKey(target), name + ": " + entry + " points at missing " + target);
                }
            }
        }
        assertTrue(rels >= 2, "package and document relationships");
        org.w3c.dom.Element core = xml(zip.get("docProps/core.xml"));
        String title = core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent();
        assertFalse(title.isBlank());
        if (!doc.metadata().title().isBlank()) {
            assertEquals(doc.metadata().title(), title);
        }
        // The plan's timestamp rule (tested in TimestampsTest): the document's date, else 1980-01-01.
        String expected = doc.metadata().date().matches("\\d{4}-\\d{2}-\\d{2}.*")
                ? doc.metadata().date().substring(0, 10) + "T00:00:00Z" : "1980-01-01T00:00:00Z";
        assertEquals(expected,
                core.getElementsByTagNameNS("http://purl.org/dc/terms/", "created").item(0).getTextContent());
    }

    private static org.w3c.dom.Element xml(byte[] bytes) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element e) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element c) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void paragraphsCarryBuiltInStyles() throws IOException {
        Document doc = SampleDocuments.kitchenSink();
        try (XWPFDocument d = open(render(doc, RenderOptions.DEFAULTS))) {
            List<String> styles = paragraphs(d).stream().map(XWPFParagraph::getStyle).toList();
            for (String s : List.of("Title", "Subtitle", "Author", "Date", "TOCHeading", "TOC1", "TOC2", "Heading1",
                    "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "BodyText", "ListBullet", "ListNumber",
                    "Quote", "SourceCode", "SceneBreak", "Figure", "Caption", "TableContents")) {
                assertTrue(styles.contains(s), "style " + s + " used: " + styles);
            }
            assertTrue(styles.stream().allMatch(s -> s != null && d.getStyles().styleExist(s)), "every style defined: " + styles);
            assertEquals("heading 1", d.getStyles().getStyle("Heading1").getName());
            assertEquals(BigInteger.ZERO, d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal());
        }
    }

    @Test
    void listsRestartAndNest() throws IOException {
        try (XWPFDocument d = open(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS))) {
            List<XWPFParagraph> items = paragraphs(d).stream().filter(p -> p.getNumID() != null).toList();
            assertEquals(List.of("First bullet", "Second bullet with a nested list", "Nested one", "Nested two",
                    "Third level", "Third bullet", "Starts at three", "Then four", "☐ A task still open", "☑ A task done"),
                    items.stream().map(XWPFParagraph::getText).toList());
            assertEquals(List.of(0, 0, 1, 1, 2, 0, 0, 0, 0, 0),
                    items.stream().map(p -> p.getNumIlvl().intValue()).toList());
            // Each list has its own numbering instance.
            assertNotEquals(items.get(0).getNumID(), items.get(2).getNumID());
            assertNotEquals(items.get(6).getNumID(), items.get(8).getNumID());
            var num = d.getNumbering().getNum(items.get(6).getNumID()).getCTNum();
            assertEquals(BigInteger.valueOf(3), num.getLvlOverrideArray(0).getStartOverride().getVal());
        }
    }

    @Test
    void footnotesLinksTablesAndImages() throws Exception {
        try (XWPFDocument d = open(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS))) {
            List<String> notes = d.getFootnotes().stream().filter(f -> f.getId().signum() > 0)
                    .map(f -> ModelText.normalizeSpace(String.join(" ", f.getParagraphs().stream().map(XWPFParagraph::getText).toList())))
                    .toList();
            assertEquals(List.of("The first footnote, with a second paragraph", "The second footnote, with a link to the standard."), notes);
            String xml = d.getDocument().xmlText();
            assertTrue(xml.contains("w:anchor=\"tables\""), "internal link to the heading bookmark");
            assertTrue(xml.contains("w:name=\"tables\""), "bookmark at the heading");
            boolean found = false;
            for (var r : d.getPackagePart().getRelationships()) {
                found |= r.getTargetURI().toString().equals("https://example.com/a?b=1&c=2");
            }
            assertTrue(found, "external link target");
            XWPFTable t = d.getTables().get(0);
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals("Bread & butter", t.getRow(3).getCell(0).getText());
            assertEquals(3, t.getCTTbl().getTblGrid().sizeOfGridColArray());
            assertEquals(2, d.getParagraphs().stream().mapToInt(p -> p.getRuns().stream()
                    .mapToInt(r -> r.getEmbeddedPictures().size()).sum()).sum(), "figure and inline image embedded");
            assertTrue(xml.contains("descr=\"A gradient from blue to pink\""), "alt text on the figure");
        }
    }

    @Test
    void propertiesAndDeterminism() throws IOException {
        byte[] a = render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS);
        assertArrayEquals(a, render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS));
        try (XWPFDocument d = open(a)) {
            var core = d.getProperties().getCoreProperties();
            assertEquals(SampleDocuments.kitchenSink().metadata().title(), core.getTitle());
            assertEquals("Ada Lovelace; Émile Zola", core.getCreator());
            assertEquals("testing, typesetting", core.getKeywords());
        }
        String styles = new String(ZipFiles.read(a).get("word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("w:lang w:val=\"en-US\""), "document language for spell-checking");
        String settings = new String(ZipFiles.read(a).get("word/settings.xml"), StandardCharsets.UTF_8);
        assertTrue(settings.contains("<w:updateFields w:val=\"true\"/>"), "a contents list asks Word for its own page numbers");
        String seed = new String(ZipFiles.read(render(SampleDocuments.seedArticle(), RenderOptions.DEFAULTS))
                .get("word/settings.xml"), StandardCharsets.UTF_8);
        assertFalse(seed.contains("updateFields"), "no field to update, no question on opening");
    }

    @Test
    void tocFollowsTheOption() throws IOException {
        Document seed = SampleDocuments.seedArticle();
        try (XWPFDocument d = open(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.OFF)))) {
            assertTrue(paragraphs(d).stream().noneMatch(p -> "TOCHeading".equals(p.getStyle())));
        }
        try (XWPFDocument d = open(render(seed, RenderOptions.DEFAULTS))) {
            assertTrue(paragraphs(d).stream().noneMatch(p -> "TOCHeading".equals(p.getStyle())), "no headings, no toc");
        }
        Document book = SampleDocuments.longBook(4, 3);
        try (XWPFDocument d = open(render(book, RenderOptions.DEFAULTS))) {
            List<String> toc = paragraphs(d).stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")
                    && !p.getStyle().equals("TOCHeading")).map(XWPFParagraph::getText).toList();
            // The pages our own PDF puts the headings on, after a dotted tab.
            imprint.plan.PageNumbers pdf = new imprint.render.pdf.PdfRenderer().pageNumbers(imprint.plan.DocumentPlan.of(book,
                    new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(), imprint.resource.ResourceResolver.NONE, "b.md")));
            List<String> headings = book.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b)
                    .map(h -> Inlines.plainText(h.content()) + "\t" + pdf.of(h.id())).toList();
            assertEquals(headings, toc, "cached TOC entries are the headings with their pages");
            assertTrue(pdf.of("chapter-4") > 1, "a book of several pages: " + pdf.asMap());
        }
    }

    /**
     * The contents' page numbers are worked out once per document: by the DOCX when it comes
     * first, or taken from the PDF rendered before it from the same plan; the bytes are the same.
     */
    @Test
    void contentsPagesAreTheSameWhicheverFormatRunsFirst() throws Exception {
        Document book = SampleDocuments.longBook(6, 6);
        RenderContext ctx = new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(),
                imprint.resource.ResourceResolver.NONE, "book.md");
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        imprint.Imprint.render(imprint.Imprint.plan(book, ctx), imprint.render.OutputFormat.DOCX, alone);
        int[] paginations = {0};
        imprint.render.pdf.PdfRenderer pdf = new imprint.render.pdf.PdfRenderer();
        imprint.plan.DocumentPlan shared = imprint.plan.DocumentPlan.of(book, ctx, p -> {
            paginations[0]++;
            return pdf.pageNumbers(p);
        });
        imprint.Imprint.render(shared, imprint.render.OutputFormat.PDF, java.io.OutputStream.nullOutputStream());
        assertTrue(shared.pageNumbers().of("chapter-6") > 1, "the PDF left its pages in the plan");
        assertEquals(0, paginations[0], "no second layout for them");
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        imprint.Imprint.render(shared, imprint.render.OutputFormat.DOCX, after);
        assertArrayEquals(alone.toByteArray(), after.toByteArray());
        // A plan without a source never learns pages from a PDF: what a format shows does not depend on the order.
        imprint.plan.DocumentPlan bare = imprint.plan.DocumentPlan.of(book, ctx);
        imprint.Imprint.render(bare, imprint.render.OutputFormat.PDF, java.io.OutputStream.nullOutputStream());
        assertEquals(0, bare.pageNumbers().of("chapter-6"));
    }

    @Test
    void looseListsUseTheLooseStylesAndTocCanBeForced() throws IOException {
        try (XWPFDocument d = open(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS))) {
            List<String> styles = paragraphs(d).stream().map(XWPFParagraph::getStyle).toList();
            assertTrue(styles.contains("ListNumberLoose"), "the loose ordered list");
            assertTrue(styles.contains("ListBullet"), "tight lists");
        }
        try (XWPFDocument d = open(render(SampleDocuments.multiLanguage(), RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON)))) {
            assertTrue(paragraphs(d).stream().anyMatch(p -> "TOC1".equals(p.getStyle())));
        }
    }

    @Test
    void referenceDocxStylesAndPageSetupWin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        // A user's reference document: red level-1 headings on a 5x8 inch page.
        java.nio.file.Path ref = tmp.resolve("reference.docx");
        try (XWPFDocument r = new XWPFDocument()) {
            var styles = r.createStyles();
            var h1 = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            h1.setStyleId("Heading1");
            h1.addNewName().setVal("heading 1");
            h1.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            h1.addNewRPr().addNewColor().setVal("FF0000");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(h1));
            var sect = r.getDocument().getBody().addNewSectPr();
            sect.addNewPgSz().setW(BigInteger.valueOf(7200));
            sect.getPgSz().setH(BigInteger.valueOf(11520));
            var mar = sect.addNewPgMar();
            mar.setLeft(BigInteger.valueOf(720));
            mar.setRight(BigInteger.valueOf(720));
            mar.setTop(BigInteger.valueOf(720));
            mar.setBottom(BigInteger.valueOf(720));
            try (var out = java.nio.file.Files.newOutputStream(ref)) {
                r.write(out);
            }
        }
        try (XWPFDocument d = open(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS.withReferenceDocx(ref)))) {
            String color = d.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue();
            assertEquals("FF0000", color, "their Heading 1");
            assertTrue(d.getStyles().styleExist("SourceCode"), "ours where theirs has none");
            assertEquals(BigInteger.valueOf(7200), d.getDocument().getBody().getSectPr().getPgSz().getW());
        }
    }

    @Test
    void pageSizeFollowsThePaper() throws IOException {
        try (XWPFDocument d = open(render(SampleDocuments.seedArticle(), RenderOptions.DEFAULTS.withPaper(imprint.plan.Paper.LETTER)))) {
            var sz = d.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(12240), sz.getW());
            assertEquals(BigInteger.valueOf(15840), sz.getH());
        }
    }

}
