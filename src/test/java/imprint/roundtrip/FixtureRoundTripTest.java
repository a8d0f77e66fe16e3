package imprint.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.diag.Severity;
import imprint.model.Document;
import imprint.model.ModelText;
import imprint.resource.FolderResourceResolver;
import imprint.render.OutputFormat;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.testing.EpubValidator;
import imprint.testing.PdfValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every source fixture through the public API (read, transforms, each renderer): it reads
 * without warnings, every output passes its validator, and its title and paragraphs come back.
 */
class FixtureRoundTripTest {
    static Stream<Path> fixtures() {
        return Stream.of(Path.of("seeds/france-girds-against-cyberattacks.txt"),
                Path.of("src/test/resources/fixtures/kitchen-sink.md"),
                Path.of("src/test/resources/fixtures/multi-language.md"));
    }

    private static byte[] render(Document doc, OutputFormat f, Path source) throws Exception {
        RenderContext ctx = new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(),
                new FolderResourceResolver(List.of(source.toAbsolutePath().getParent())), source.getFileName().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(doc, f, ctx, out);
        assertTrue(!ctx.diagnostics().hasAtLeast(Severity.WARNING), f + ": " + ctx.diagnostics().list());
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsCleanlyAndEveryFormatValidates(Path source) throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = Imprint.read(source, diags);
        assertTrue(!diags.hasAtLeast(Severity.WARNING), diags.list().toString());

        byte[] pdf = render(doc, OutputFormat.PDF, source);
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
        String pdfText;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pdfText = ModelText.squeeze(new PDFTextStripper().getText(d));
        }
        byte[] epub = render(doc, OutputFormat.EPUB, source);
        assertEquals(List.of(), EpubValidator.problems(epub).stream().filter(p -> !p.startsWith("USAGE")).toList());
        byte[] docx = render(doc, OutputFormat.DOCX, source);
        String docxText;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            docxText = ModelText.squeeze(x.getText());
        }
        assertTrue(pdfText.contains(ModelText.squeeze(doc.metadata().title())));
        assertTrue(docxText.contains(ModelText.squeeze(doc.metadata().title())));
        for (String block : ModelText.printedBodyBlocks(doc)) {
            // A prefix of each block: long code lines and hyphenation are checked in the renderer tests.
            String probe = ModelText.squeeze(block);
            probe = probe.substring(0, Math.min(30, probe.length()));
            assertTrue(pdfText.contains(probe), "PDF: " + block);
            assertTrue(docxText.contains(probe), "DOCX: " + block);
        }
        // Curly quotes from the typography transform reach the outputs.
        if (source.toString().endsWith(".txt")) {
            assertTrue(pdfText.contains("\u201CInthe") && docxText.contains("\u201CInthe"), "curly quotes");
        }
    }
}
