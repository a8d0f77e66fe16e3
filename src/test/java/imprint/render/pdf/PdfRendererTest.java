package imprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inlines;
import imprint.model.ModelText;
import imprint.resource.FolderResourceResolver;
import imprint.plan.Paper;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.testing.PdfValidator;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** PDF output read back with PDFBox and checked by veraPDF. */
class PdfRendererTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("seed", SampleDocuments.seedArticle()),
                Arguments.of("kitchen-sink", SampleDocuments.kitchenSink()),
                Arguments.of("multi-language", SampleDocuments.multiLanguage()),
                Arguments.of("long-book", SampleDocuments.longBook(30, 12)));
    }

    static byte[] render(Document doc, RenderOptions options, Diagnostics diags) throws IOException {
        RenderContext ctx = new RenderContext(options, diags,
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(imprint.plan.DocumentPlan.of(doc, ctx), out);
        return out.toByteArray();
    }

    static byte[] render(Document doc) throws IOException {
        return render(doc, RenderOptions.DEFAULTS, new Diagnostics());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text of the type area of every page: running heads and page numbers left out. */
    static String bodyText(byte[] pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var page : d.getPages()) {
                var box = page.getMediaBox();
                var g = imprint.render.pdf.layout.PageGeometry.forPaper(box.getWidth(), box.getHeight(), false);
                var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
                area.addRegion("body", new java.awt.geom.Rectangle2D.Double(0, g.top() * 0.85, box.getWidth(),
                        box.getHeight() - g.top() * 0.85 - g.bottom() * 0.85));
                area.extractRegions(page);
                sb.append(area.getTextForRegion("body"));
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyBlockIsReadBackInOrder(String name, Document doc) throws IOException {
        // Hyphenated words extract whole: the added hyphen is a soft hyphen, which squeeze removes.
        String got = ModelText.squeeze(bodyText(render(doc)));
        // Footnotes sit at the foot of the page, possibly inside a paragraph that continues
        // overleaf: take each note out before following the body text.
        List<Block.FootnoteDefinition> notes = notesOf(doc);
        for (int n = 1; n <= notes.size(); n++) {
            String note = n + "." + ModelText.squeeze(String.join("", ModelText.blocks(notes.get(n - 1).blocks())));
            assertTrue(got.contains(note), name + ": note " + note);
            got = got.replaceFirst(java.util.regex.Pattern.quote(note), "");
        }
        assertTrue(got.contains(ModelText.squeeze(doc.metadata().title())), "title");
        int from = 0;
        for (String block : ModelText.printedBodyBlocks(withNoteNumbers(doc))) {
            String want = ModelText.squeeze(block).replace("\u21AA", "");
            int at = got.indexOf(want, from);
            if (at < 0 && doc.blocks().stream().anyMatch(b -> b instanceof Block.CodeBlock)) {
                // Long code lines wrap with a continuation mark between the pieces.
                at = got.replace("\u21AA", "").indexOf(want, 0) >= 0 ? from : -1;
            }
            assertTrue(at >= 0, name + ": missing or out of order: " + block);
            from = Math.max(from, at);
        }
    }

    /** The referenced footnotes in number order, as the plan numbers them. */
    static List<Block.FootnoteDefinition> notesOf(Document doc) {
        return imprint.plan.DocumentPlan.of(doc, imprint.plan.RenderContext.defaults("x.md")).notes().inOrder()
                .stream().map(imprint.plan.Notes.Note::definition).toList();
    }

    /** The model as printed: footnote references become their superscript numbers. */
    static Document withNoteNumbers(Document doc) {
        imprint.plan.Notes notes = imprint.plan.DocumentPlan.of(doc, imprint.plan.RenderContext.defaults("x.md")).notes();
        List<Block> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                List<imprint.model.Inline> in = new ArrayList<>();
                for (imprint.model.Inline i : p.content()) {
                    if (i instanceof imprint.model.Inline.FootnoteRef r) {
                        in.add(new imprint.model.Inline.Text(Integer.toString(notes.number(r.label()))));
                    } else {
                        in.add(i);
                    }
                }
                blocks.add(new Block.Paragraph(in));
            } else {
                blocks.add(b);
            }
        }
        return doc.withBlocks(blocks);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void conformsToPdfA2uAndPdfUa1(String name, Document doc) throws Exception {
        byte[] pdf = render(doc);
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U), name + " PDF/A-2u");
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1), name + " PDF/UA-1");
    }

    @Test
    void theValidatorCanFail() throws Exception {
        // A negative control: a plain PDF with a Standard 14 font and no tags must be rejected,
        // so the conformance tests above are not vacuous.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            d.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.showText("Untagged");
                cs.endText();
            }
            d.save(out);
        }
        assertTrue(!PdfValidator.failures(out.toByteArray(), PDFAFlavour.PDFA_2_U).isEmpty());
        assertTrue(!PdfValidator.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
    }

    @Test
    void fontsAreEmbeddedSubsetsAndMetadataIsSet() throws IOException {
        Document doc = SampleDocuments.kitchenSink();
        try (PDDocument d = Loader.loadPDF(render(doc))) {
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "subset: " + f.getName());
                }
            }
            assertEquals(doc.metadata().title(), d.getDocumentInformation().getTitle());
            // several authors: one dc:creator entry each, in order; no Info Author (PDF/A wants it equal to a single entry)
            assertEquals(null, d.getDocumentInformation().getAuthor());
            try (var xmp = d.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                var meta = new org.apache.xmpbox.xml.DomXmpParser().parse(xmp.readAllBytes());
                assertEquals(List.of("Ada Lovelace", "Émile Zola"), meta.getDublinCoreSchema().getCreators());
            } catch (org.apache.xmpbox.xml.XmpParsingException e) {
                throw new AssertionError(e);
            }
            assertEquals("en", d.getDocumentCatalog().getLanguage());
            assertTrue(d.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    @Test
    void outlineTitlesAreTheHeadings() throws IOException {
        Document doc = SampleDocuments.kitchenSink();
        try (PDDocument d = Loader.loadPDF(render(doc))) {
            List<String> got = new ArrayList<>();
            collect(d.getDocumentCatalog().getDocumentOutline().children(), got);
            List<String> want = doc.blocks().stream().filter(b -> b instanceof Block.Heading)
                    .map(b -> Inlines.plainText(((Block.Heading) b).content())).toList();
            assertEquals(want, got);
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> out) {
        for (PDOutlineItem i : items) {
            out.add(i.getTitle());
            collect(i.children(), out);
        }
    }

    @Test
    void paperSizeAndPageCount() throws IOException {
        try (PDDocument d = Loader.loadPDF(render(SampleDocuments.longBook(30, 12), RenderOptions.DEFAULTS.withPaper(Paper.LETTER), new Diagnostics()))) {
            assertTrue(d.getNumberOfPages() > 10, "a long book has many pages");
            assertEquals(612, d.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(792, d.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        try (PDDocument d = Loader.loadPDF(render(SampleDocuments.seedArticle(), RenderOptions.DEFAULTS.withPaper(Paper.parse("150x230mm")), new Diagnostics()))) {
            assertEquals(150 * 72 / 25.4, d.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void identicalInputGivesIdenticalBytesAndTheSeedStaysSmall() throws IOException {
        byte[] a = render(SampleDocuments.kitchenSink());
        assertArrayEquals(a, render(SampleDocuments.kitchenSink()));
        assertTrue(render(SampleDocuments.seedArticle()).length < 200_000);
    }

    @Test
    void withTocTheContentsListEachSectionAndItsPage() throws Exception {
        Document doc = SampleDocuments.longBook(6, 10);
        byte[] pdf = render(doc, RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON), new Diagnostics());
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String contents = first.getText(d);
            assertTrue(contents.contains("Contents"), contents);
            // "Chapter 3" is listed with the page its heading is on.
            PDFTextStripper finder = new PDFTextStripper();
            int page = 0;
            for (int p = 2; p <= d.getNumberOfPages() && page == 0; p++) {
                finder.setStartPage(p);
                finder.setEndPage(p);
                if (finder.getText(d).lines().anyMatch(l -> l.strip().equals("Chapter 3"))) {
                    page = p;
                }
            }
            final int expected = page;
            assertTrue(expected > 1);
            assertTrue(contents.lines().anyMatch(l -> l.replaceAll("\\s+", " ").strip().equals("Chapter 3 " + expected)), contents);
        }
    }

    @Test
    void scriptsTheBundledFontsLackComeFromTheUsersFontFolder() throws Exception {
        // Tifinagh: in no bundled font (DejaVu Sans Mono has Armenian and Georgian), but in
        // DejaVu Sans (.ci/run installs it), used only because its folder is named (--font-dir).
        Document doc = new Document(imprint.model.Metadata.EMPTY.withTitle("Scripts"),
                List.of(SampleDocuments.p("Tifinagh \u2D5C\u2D49\u2D3C\u2D49\u2D4F\u2D30\u2D56.")));
        Diagnostics without = new Diagnostics();
        render(doc, RenderOptions.DEFAULTS, without);
        assertTrue(without.list().stream().anyMatch(x -> x.code() == Code.GLYPH_MISSING), "installed fonts are not used unasked");
        Diagnostics diags = new Diagnostics();
        byte[] pdf = render(doc, RenderOptions.DEFAULTS.withFontDirs(
                List.of(java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu"))), diags);
        assertTrue(diags.list().stream().noneMatch(x -> x.code() == Code.GLYPH_MISSING), diags.list().toString());
        String text = text(pdf);
        assertTrue(text.contains("\u2D5C\u2D49\u2D3C\u2D49\u2D4F\u2D30\u2D56"), text);
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void aCharacterNoFontHasIsReportedOnce() throws IOException {
        Diagnostics diags = new Diagnostics();
        Document doc = new Document(imprint.model.Metadata.EMPTY.withTitle("Emoji"),
                List.of(SampleDocuments.p("Unassigned \u0378 and private \uDBFF\uDFFD and \u0378 again.")));
        String text = text(render(doc, RenderOptions.DEFAULTS, diags));
        assertTrue(text.contains("Unassigned"), text);
        assertEquals(1, diags.list().stream().filter(x -> x.code() == Code.GLYPH_MISSING).count());
        String msg = diags.list().get(0).message();
        assertTrue(msg.contains("U+0378") && msg.contains("U+10FFFD"), msg);
    }
}
