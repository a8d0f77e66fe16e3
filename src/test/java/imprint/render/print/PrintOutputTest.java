package imprint.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.Paper;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.preflight.Check;
import imprint.preflight.Finding;
import imprint.preflight.Preflight;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.PdfValidator;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The print interior with {@code --print}: its boxes, margins and page count, read back with PDFBox. */
class PrintOutputTest {
    static final float IN = 72;
    static final RenderOptions KDP = RenderOptions.DEFAULTS.withPaper(Paper.SIX_BY_NINE).withDuplex(true)
            .withPrint(new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.WHITE));

    static byte[] render(Document doc, RenderOptions o, OutputFormat f) throws IOException {
        RenderContext ctx = new RenderContext(o, new Diagnostics(), ResourceResolver.NONE, "book.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), f, out);
        return out.toByteArray();
    }

    static Set<Check> blocking(List<Finding> f) {
        return f.stream().filter(Finding::blocking).map(Finding::check).collect(Collectors.toSet());
    }

    @Test
    void kdpInteriorHasTrimAndBleedOnEveryPageAnEvenCountAndPassesPreflight() throws Exception {
        byte[] pdf = render(SampleDocuments.longBook(12, 8), KDP, OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int n = d.getNumberOfPages();
            assertEquals(0, n % 2, "an even page count");
            int i = 0;
            for (PDPage p : d.getPages()) {
                i++;
                PDRectangle trim = p.getTrimBox();
                PDRectangle bleed = p.getBleedBox();
                PDRectangle media = p.getMediaBox();
                assertEquals(6 * IN, trim.getWidth(), 0.01, "trim width, page " + i);
                assertEquals(9 * IN, trim.getHeight(), 0.01);
                assertEquals(9, trim.getLowerLeftY(), 0.01, "bleed at the foot");
                // Outside edge: right on rectos, left on versos; none at the spine.
                assertEquals(i % 2 == 0 ? 9 : 0, trim.getLowerLeftX(), 0.01, "page " + i);
                assertEquals(6.125 * IN, bleed.getWidth(), 0.01);
                assertEquals(9.25 * IN, bleed.getHeight(), 0.01);
                assertEquals(media.getWidth(), bleed.getWidth(), 0.01);
                assertTrue(p.getAnnotations().isEmpty(), "no annotations in a print file, page " + i);
            }
            // The text sits in the trim: every glyph of a body page lies inside it.
            assertInsideTrim(d, 3);
            assertInsideTrim(d, 4);
        }
        List<Finding> findings = Preflight.check(pdf, PrintProfile.KDP);
        assertEquals(Set.of(), blocking(findings), findings.toString());
    }

    private static void assertInsideTrim(PDDocument d, int page) throws IOException {
        PDRectangle trim = d.getPage(page - 1).getTrimBox();
        float[] minMax = {Float.MAX_VALUE, -Float.MAX_VALUE};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                // TextPosition's x is relative to the crop box's lower left, which is the media's.
                minMax[0] = Math.min(minMax[0], t.getXDirAdj());
                minMax[1] = Math.max(minMax[1], t.getXDirAdj() + t.getWidthDirAdj());
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(d);
        assertTrue(minMax[0] > trim.getLowerLeftX() + 0.375 * IN, "page " + page + " text starts at " + minMax[0]);
        assertTrue(minMax[1] < trim.getUpperRightX() - 0.375 * IN, "page " + page + " text ends at " + minMax[1]);
    }

    @Test
    void theScreenPdfIsRejectedByTheSamePreflight() throws Exception {
        // Negative control: the same book made without the profile.
        byte[] pdf = render(SampleDocuments.longBook(12, 8), KDP.withPrint(null), OutputFormat.PDF);
        assertTrue(blocking(Preflight.check(pdf, PrintProfile.KDP)).contains(Check.TRIM_BOX));
    }

    @Test
    void thePrintInteriorIsStillPdfA2uAndPdfUa1() throws Exception {
        // With the fixtures' images: RGB pictures under the print file's CMYK intent (DefaultRGB).
        RenderContext ctx = new RenderContext(KDP, new Diagnostics(),
                new imprint.resource.FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sink.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(SampleDocuments.kitchenSink(), ctx), OutputFormat.PDF, out);
        byte[] pdf = out.toByteArray();
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void theInsideMarginFollowsKdpsTableForThePageCount() throws Exception {
        // A book past 300 pages needs 0.625 in inside, more than the 6 x 9 page's own 0.648 in
        // less the allowance; one under 150 pages 0.375 in. Measured on the text of rectos (inside = left).
        byte[] small = render(SampleDocuments.longBook(3, 6), KDP, OutputFormat.PDF);
        byte[] big = render(SampleDocuments.longBook(90, 14), KDP, OutputFormat.PDF);
        double smallInside = insideOfRectos(small);
        double bigInside = insideOfRectos(big);
        int bigPages;
        try (PDDocument d = Loader.loadPDF(big)) {
            bigPages = d.getNumberOfPages();
        }
        assertTrue(bigPages > 300 && bigPages <= 500, bigPages + " pages");
        assertTrue(bigInside >= 0.625 * IN, "inside margin " + bigInside / IN + " in for " + bigPages + " pages");
        assertTrue(smallInside >= 0.375 * IN, "inside " + smallInside / IN);
        assertTrue(bigInside > smallInside, "the gutter grew: " + smallInside / IN + " -> " + bigInside / IN);
        assertEquals(Set.of(), blocking(Preflight.check(big, PrintProfile.KDP)));
    }

    private static double insideOfRectos(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            double least = Double.MAX_VALUE;
            for (int page = 3; page <= Math.min(d.getNumberOfPages(), 15); page += 2) {
                PDRectangle trim = d.getPage(page - 1).getTrimBox();
                double[] min = {Double.MAX_VALUE};
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        min[0] = Math.min(min[0], t.getXDirAdj());
                    }
                };
                s.setStartPage(page);
                s.setEndPage(page);
                s.getText(d);
                least = Math.min(least, min[0] - trim.getLowerLeftX());
            }
            return least;
        }
    }

    @Test
    void anOddCountEndsWithABlankPage() throws Exception {
        // Books of 1 to 8 chapters: every count is even, and where layout gave an odd count the last page is blank.
        int padded = 0;
        for (int chapters = 1; chapters <= 8; chapters++) {
            byte[] pdf = render(SampleDocuments.longBook(chapters, 3), KDP, OutputFormat.PDF);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                int n = d.getNumberOfPages();
                assertEquals(0, n % 2, chapters + " chapters: " + n + " pages");
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(n);
                s.setEndPage(n);
                if (s.getText(d).isBlank()) {
                    padded++;
                    s.setStartPage(n - 1);
                    s.setEndPage(n - 1);
                    assertFalse(s.getText(d).isBlank(), "only one blank page is added");
                }
            }
        }
        assertTrue(padded > 0, "some book came out odd and was padded");
    }

    @Test
    void printOutputRepeatsByteForByteAndHasItsOwnIdentity() throws Exception {
        Document doc = SampleDocuments.seedArticle();
        byte[] screen = render(doc, RenderOptions.DEFAULTS, OutputFormat.PDF);
        assertArrayEquals(screen, render(doc, RenderOptions.DEFAULTS, OutputFormat.PDF));
        byte[] print = render(doc, RenderOptions.DEFAULTS.withPrint(new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.WHITE)),
                OutputFormat.PDF);
        assertArrayEquals(print, render(doc, RenderOptions.DEFAULTS.withPrint(new PrintSetup(PrintProfile.KDP,
                PrintSetup.Stock.WHITE)), OutputFormat.PDF), "print output repeats byte for byte");
        DocumentPlan a = DocumentPlan.of(doc, RenderContext.defaults("a.txt"));
        DocumentPlan b = DocumentPlan.of(doc, new RenderContext(RenderOptions.DEFAULTS.withPrint(
                new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.WHITE)), new Diagnostics(), ResourceResolver.NONE, "a.txt"));
        assertFalse(java.util.Arrays.equals(a.identity().fileId(), b.identity().fileId()));
    }
}
