package imprint.render.print;

import static imprint.render.print.PrintOutputTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.Paper;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.plan.RenderOptions;
import imprint.preflight.Finding;
import imprint.preflight.Preflight;
import imprint.render.OutputFormat;
import imprint.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF/X-4 (ISO 15930-7) for {@code --print ingram}: no open validator checks PDF/X in Java, so
 * the standard's rules are written out here and checked on the file as PDFBox reads it, each
 * against the screen PDF as the negative control; Ghostscript must read the file without error.
 */
class PdfxRulesTest {
    static final RenderOptions INGRAM = RenderOptions.DEFAULTS.withPaper(Paper.SIX_BY_NINE).withDuplex(true)
            .withPrint(new PrintSetup(PrintProfile.INGRAM, PrintSetup.Stock.CREAM));

    /** The PDF/X-4 rules this file breaks, by name; empty when it keeps them all. */
    static List<String> broken(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        String head = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
        if (!head.matches("%PDF-1\\.[0-6]")) {
            out.add("version " + head + " (X-4 is PDF 1.6)");
        }
        try (PDDocument d = Loader.loadPDF(pdf)) {
            if (d.isEncrypted()) {
                out.add("encrypted");
            }
            String xmp = d.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            for (String need : List.of("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", "<xmpMM:DocumentID>uuid:",
                    "<xmpMM:VersionID>", "<xmpMM:RenditionClass>", "<xmp:CreateDate>", "<xmp:ModifyDate>", "<dc:title>")) {
                if (!xmp.contains(need)) {
                    out.add("XMP lacks " + need);
                }
            }
            COSName trapped = d.getDocumentInformation().getCOSObject().getCOSName(COSName.TRAPPED);
            if (trapped == null || !(trapped.getName().equals("True") || trapped.getName().equals("False"))) {
                out.add("Trapped is not True or False");
            }
            List<PDOutputIntent> intents = d.getDocumentCatalog().getOutputIntents();
            PDOutputIntent x = intents.stream().filter(i -> COSName.getPDFName("GTS_PDFX").equals(i.getCOSObject()
                    .getCOSName(COSName.S))).findFirst().orElse(null);
            if (x == null) {
                out.add("no GTS_PDFX output intent");
            } else {
                COSStream profile = x.getDestOutputIntent();
                byte[] icc = profile == null ? new byte[0] : profile.createInputStream().readAllBytes();
                if (icc.length < 20 || !new String(icc, 16, 4, StandardCharsets.ISO_8859_1).equals("CMYK")) {
                    out.add("the output intent's profile is not a CMYK characterization");
                }
                if (x.getOutputConditionIdentifier() == null || x.getOutputConditionIdentifier().isBlank()) {
                    out.add("no OutputConditionIdentifier");
                }
                for (PDOutputIntent other : intents) {
                    if (other.getDestOutputIntent() != null && other.getDestOutputIntent() != profile) {
                        out.add("output intents with different profiles");
                    }
                }
            }
            if (d.getDocumentCatalog().getCOSObject().containsKey(COSName.NAMES)
                    && d.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES).containsKey(COSName.JAVA_SCRIPT)) {
                out.add("JavaScript");
            }
            int n = 0;
            for (PDPage p : d.getPages()) {
                n++;
                COSDictionary page = p.getCOSObject();
                if (!page.containsKey(COSName.TRIM_BOX) && !page.containsKey(COSName.ART_BOX)) {
                    out.add("page " + n + ": no TrimBox or ArtBox");
                    break;
                }
                if (!within(p.getTrimBox(), p.getBleedBox()) || !within(p.getBleedBox(), p.getMediaBox())) {
                    out.add("page " + n + ": boxes not nested (trim in bleed in media)");
                    break;
                }
                if (!p.getAnnotations().isEmpty()) {
                    out.add("page " + n + ": annotations");
                    break;
                }
                // Device RGB under a CMYK intent only through a DefaultRGB colour space.
                boolean defaultRgb = p.getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE) != null
                        && p.getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE).containsKey(COSName.getPDFName("DefaultRGB"));
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject im
                            && COSName.DEVICERGB.equals(im.getCOSObject().getDictionaryObject(COSName.COLORSPACE)) && !defaultRgb) {
                        out.add("page " + n + ": DeviceRGB image without DefaultRGB");
                    }
                }
            }
        }
        return out;
    }

    private static boolean within(PDRectangle in, PDRectangle out) {
        return in.getLowerLeftX() >= out.getLowerLeftX() - 0.01 && in.getLowerLeftY() >= out.getLowerLeftY() - 0.01
                && in.getUpperRightX() <= out.getUpperRightX() + 0.01 && in.getUpperRightY() <= out.getUpperRightY() + 0.01;
    }

    @Test
    void theIngramInteriorKeepsThePdfx4RulesAndPassesIngramsPreflight() throws Exception {
        imprint.plan.RenderContext ctx = new imprint.plan.RenderContext(INGRAM, new imprint.diag.Diagnostics(),
                new imprint.resource.FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sink.md");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        imprint.Imprint.render(imprint.Imprint.plan(SampleDocuments.kitchenSink(), ctx), OutputFormat.PDF, bytes);
        byte[] pdf = bytes.toByteArray();
        assertEquals(List.of(), broken(pdf));
        // The kitchen sink is four pages, under IngramSpark's 18: that is the one finding.
        List<Finding> f = Preflight.check(pdf, PrintProfile.INGRAM);
        assertEquals(List.of(imprint.preflight.Check.PAGE_COUNT), f.stream().filter(Finding::blocking).map(Finding::check).toList());
        byte[] book = render(SampleDocuments.longBook(12, 8), INGRAM, OutputFormat.PDF);
        assertEquals(List.of(), broken(book));
        assertEquals(List.of(), Preflight.check(book, PrintProfile.INGRAM).stream().filter(Finding::blocking).toList());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() % 2 == 0, "IngramSpark wants an even count");
            boolean image = false;
            for (PDPage p : d.getPages()) {
                image |= p.getResources().getXObjectNames().iterator().hasNext();
            }
            assertTrue(image, "the kitchen sink's figure is in the file, so the DefaultRGB rule was exercised");
        }
    }

    @Test
    void theScreenPdfBreaksThem() throws Exception {
        // Negative control: the screen edition is PDF/A with an sRGB intent and no PDF/X identification.
        List<String> b = broken(render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS, OutputFormat.PDF));
        assertTrue(b.contains("no GTS_PDFX output intent"), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.startsWith("XMP lacks <pdfxid")), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.contains("no TrimBox")), b.toString());
        assertTrue(b.stream().anyMatch(s -> s.startsWith("version")), b.toString());
    }

    @Test
    void ghostscriptReadsThePrintFileWithoutComplaint(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("good.pdf");
        Files.write(good, render(SampleDocuments.kitchenSink(), INGRAM, OutputFormat.PDF));
        assertEquals("", gs(good), "Ghostscript's messages");
        // Negative control: a file cut short makes it complain.
        byte[] all = Files.readAllBytes(good);
        Path bad = tmp.resolve("bad.pdf");
        Files.write(bad, java.util.Arrays.copyOf(all, all.length / 2));
        assertNotEquals("", gs(bad));
    }

    /** What Ghostscript says while rendering every page (nothing when it has nothing to say). */
    private static String gs(Path pdf) throws Exception {
        Process p = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR",
                "-dPDFSTOPONWARNING", "-sDEVICE=nullpage", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int rc = p.waitFor();
        return rc == 0 ? out : ("exit " + rc + ": " + out);
    }

    @Test
    void theCoverIsNoPdfxClaim() throws Exception {
        // The cover sheet makes no PDF/X or PDF/A claim it does not keep (README: which file is what).
        byte[] cover = render(SampleDocuments.kitchenSink(), INGRAM, OutputFormat.COVER);
        try (PDDocument d = Loader.loadPDF(cover)) {
            assertFalse(d.getDocumentInformation().getCOSObject().containsKey(COSName.getPDFName("GTS_PDFXVersion")));
        }
    }
}
