package imprint.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.plan.RenderContext;
import imprint.render.OutputFormat;
import imprint.testing.PdfValidator;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@code --interior-color gray}: a black-and-white interior, every picture in DeviceGray, read back. */
class GrayInteriorTest {
    static byte[] sink(boolean gray) throws Exception {
        RenderContext ctx = new RenderContext(PrintOutputTest.KDP.withPrint(new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.WHITE, gray)),
                new Diagnostics(), new imprint.resource.FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sink.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(SampleDocuments.kitchenSink(), ctx), OutputFormat.PDF, out);
        return out.toByteArray();
    }

    /** Each image's colour space name and whether all its pixels are neutral (R = G = B). */
    static List<String> images(PDDocument d) throws Exception {
        List<String> out = new ArrayList<>();
        for (PDPage page : d.getPages()) {
            for (COSName n : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(n) instanceof PDImageXObject im) {
                    java.awt.image.BufferedImage bi = im.getImage();
                    boolean neutral = true;
                    for (int y = 0; y < bi.getHeight(); y += 3) {
                        for (int x = 0; x < bi.getWidth(); x += 3) {
                            int c = bi.getRGB(x, y);
                            neutral &= (c >> 16 & 255) == (c >> 8 & 255) && (c >> 8 & 255) == (c & 255);
                        }
                    }
                    out.add(im.getColorSpace().getName() + (neutral ? " neutral" : " colour") + (im.getSoftMask() == null ? "" : " smask"));
                }
            }
        }
        return out;
    }

    /** The colour operators of every page's content: only gray ones (g, G) in a black-and-white interior. */
    static List<String> colourOperators(PDDocument d) throws Exception {
        List<String> ops = new ArrayList<>();
        for (PDPage page : d.getPages()) {
            PDFStreamParser p = new PDFStreamParser(page);
            for (Object t : p.parse()) {
                if (t instanceof Operator o && List.of("g", "G", "rg", "RG", "k", "K", "sc", "SC", "scn", "SCN").contains(o.getName())
                        && !ops.contains(o.getName())) {
                    ops.add(o.getName());
                }
            }
        }
        return ops;
    }

    @Test
    void everyPictureIsGrayAndSoIsTheText() throws Exception {
        byte[] gray = sink(true);
        try (PDDocument d = Loader.loadPDF(gray)) {
            List<String> images = images(d);
            assertTrue(!images.isEmpty(), "the kitchen sink has pictures");
            for (String i : images) {
                assertEquals("DeviceGray neutral", i);
            }
            List<String> ops = colourOperators(d);
            ops.removeAll(List.of("g", "G"));
            assertEquals(List.of(), ops, "no colour but gray in the content");
        }
        assertEquals(List.of(), PdfValidator.failures(gray, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(gray, PDFAFlavour.PDFUA_1));
    }

    @Test
    void theColourInteriorKeepsItsColours() throws Exception {
        // Negative control: without --interior-color gray some picture is in colour.
        try (PDDocument d = Loader.loadPDF(sink(false))) {
            assertTrue(images(d).stream().anyMatch(i -> i.contains("colour")), images(d).toString());
        }
    }
}
