package imprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;

/**
 * The screen PDF's sRGB output intent is the bundled profile, byte for byte, not the running
 * JDK's: Java 17 and Java 25 ship different sRGB bytes, and the same document must give the same
 * PDF whichever Java the command line, the Spark job or a library user runs on.
 */
class ColourProfileTest {
    @Test
    void theOutputIntentIsTheBundledSrgbProfile() throws Exception {
        byte[] bundled;
        try (InputStream in = ColourProfileTest.class.getResourceAsStream("/imprint/icc/sRGB.icc")) {
            bundled = in.readAllBytes();
        }
        Diagnostics diags = new Diagnostics();
        Document doc = imprint.Imprint.read("# Colour\n\nA paragraph.\n", InputFormat.MARKDOWN, diags);
        byte[] pdf = PdfRendererTest.render(doc, RenderOptions.DEFAULTS, diags);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<PDOutputIntent> intents = d.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            byte[] embedded;
            try (InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
                embedded = in.readAllBytes();
            }
            assertArrayEquals(bundled, embedded, "the output intent carries the bundled sRGB profile");
            // the control: the JDK's own profile is other bytes, so the check above can tell them apart
            byte[] jdk = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            assertFalse(Arrays.equals(jdk, embedded), "the JDK's sRGB profile is not what the PDF carries");
        }
    }

    @Test
    void thePrintFilesIntentsCarryTheBundledCmykProfile() throws Exception {
        byte[] bundled;
        try (InputStream in = ColourProfileTest.class.getResourceAsStream("/imprint/icc/FOGRA39L_coated.icc")) {
            bundled = in.readAllBytes();
        }
        Diagnostics diags = new Diagnostics();
        Document doc = imprint.Imprint.read("# Colour\n\nA paragraph.\n", InputFormat.MARKDOWN, diags);
        RenderOptions print = RenderOptions.DEFAULTS.withPaper(imprint.plan.Paper.parse("6x9in")).withPrint(
                new imprint.plan.PrintSetup(imprint.plan.PrintProfile.parse("kdp"), imprint.plan.PrintSetup.Stock.parse("white")));
        byte[] pdf = PdfRendererTest.render(doc, print, diags);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<PDOutputIntent> intents = d.getDocumentCatalog().getOutputIntents();
            assertEquals(2, intents.size(), "GTS_PDFA1 and GTS_PDFX");
            for (PDOutputIntent intent : intents) {
                try (InputStream in = intent.getDestOutputIntent().createInputStream()) {
                    assertArrayEquals(bundled, in.readAllBytes(), "each intent carries the bundled FOGRA39 bytes");
                }
            }
        }
    }
}
